// Level choice: every festival edition found in levels/, with the stars earned; for a pupil in a
// class the teacher's assigned levels come first with their due date. A locked one says what
// opens it, and a refused level file is named with its problems.

import type { Level } from '../../core/levels/LevelSchema';
import { levelAccess } from '../../core/progress/levelAccess';
import { currentLanguage, localized, t } from '../../i18n/i18n';
import { findLevel, gameLevels } from '../levels/loadLevels';
import { refreshClass } from '../net/classSession';
import { type ClassLevel, classMembership } from '../state/ClassMembership';
import { levelScoreFor } from '../state/levelScore';
import { setResume } from '../state/ProgressStore';
import { drawBackdrop } from '../ui/drawBackdrop';
import { starText } from '../ui/starText';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

export class LevelChoiceScene extends FestivalScene {
  constructor() {
    super('LevelChoice');
  }

  protected build(): void {
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    setResume({ scene: 'LevelChoice' });
    drawBackdrop(this);
    this.add
      .text(w / 2, 62 * u, t('game.levels.title'), textStyle(40, u, { fontStyle: 'bold' }))
      .setOrigin(0.5);
    const { levels, refused } = gameLevels();
    const stars: Record<string, number> = {};
    for (const level of levels) stars[level.id] = levelScoreFor(level).stars;
    const membership = classMembership();
    const ordered = classOrder(levels, membership?.levels ?? []);
    // One row when the cards stay wide enough, else as many rows as needed, all above Back.
    const gapPx = 20 * u;
    const top = 116 * u;
    const bottom = h - 90 * u - (refused.length > 0 ? 80 * u : 0);
    let perRow = Math.max(1, ordered.length);
    while (perRow > 1 && (w - 60) / perRow - gapPx < 200 * u) perRow -= 1;
    const rows = Math.ceil(ordered.length / perRow);
    const cardW = Math.min(340 * u, (w - 60) / perRow - gapPx);
    const cardH = Math.min(290 * u, (bottom - top - (rows - 1) * gapPx) / rows);
    ordered.forEach((level, i) => {
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, ordered.length - row * perRow);
      const x = w / 2 + (col - (inRow - 1) / 2) * (cardW + gapPx);
      const y = top + row * (cardH + gapPx);
      const classLevel = membership?.levels.find((l) => l.levelId === level.id);
      this.drawCard(level, x, y, cardW, cardH, stars, classLevel);
    });
    if (refused.length > 0) {
      const lines = refused.map((r) => `${r.file}: ${r.problems.slice(0, 3).join('; ')}`).join('\n');
      this.add
        .text(
          w / 2,
          h - 100 * u,
          `${t('game.levels.refused')}\n${lines}`,
          textStyle(15, u, {
            color: '#ffd23f',
            backgroundColor: '#000000aa',
            padding: { x: 10, y: 8 },
            wordWrap: { width: w - 80 },
          }),
        )
        .setOrigin(0.5, 1);
    }
    this.button({
      id: 'back',
      x: 130 * u,
      y: h - 44 * u,
      width: 200 * u,
      height: 52 * u,
      label: t('game.common.back'),
      onPress: () => this.go('Title'),
    });
    const first = ordered.find((l) => isOpen(l, stars, membership?.levels ?? []));
    if (first) this.focus.focusId(`level-${first.id}`);
    void refreshClass().then((changed) => {
      if (changed && this.scene.isActive()) this.rebuild();
    });
  }

  private drawCard(
    level: Level,
    x: number,
    top: number,
    cardW: number,
    cardH: number,
    stars: Record<string, number>,
    classLevel: ClassLevel | undefined,
  ): void {
    const u = this.ui;
    const p = palette();
    const access = levelAccess(level, stars);
    const assigned = classLevel?.assigned === true;
    const open = access.open || assigned;
    this.add
      .graphics()
      .fillStyle(p.panel, 0.92)
      .fillRoundedRect(x - cardW / 2, top, cardW, cardH, 20)
      .lineStyle(assigned ? 5 : 3, assigned ? 0xffd23f : open ? p.panelEdge : p.locked)
      .strokeRoundedRect(x - cardW / 2, top, cardW, cardH, 20);
    if (assigned) {
      this.add
        .text(
          x,
          top,
          `✎ ${t('game.classroom.levels.assigned')}`,
          textStyle(15, u, { color: '#1d1140', backgroundColor: '#ffd23f', padding: { x: 10, y: 3 } }),
        )
        .setOrigin(0.5, 0.5);
    }
    const title = this.add
      .text(
        x,
        top + 20 * u,
        localized(level.title),
        textStyle(26, u, { fontStyle: 'bold', align: 'center', wordWrap: { width: cardW - 24 } }),
      )
      .setOrigin(0.5, 0);
    const starsY = title.y + title.height + 4 * u;
    this.add
      .text(x, starsY, starText(stars[level.id] ?? 0), textStyle(30, u, { color: '#ffd23f' }))
      .setOrigin(0.5, 0);
    const lines = [
      open
        ? t('game.levels.tasks', { count: level.tasks.length, age: `${level.ageMin}-${level.ageMax}` })
        : `✖ ${t('game.levels.locked', { level: localized(findLevel(access.needsLevel)?.title ?? level.title), count: access.needsStars })}`,
    ];
    if (classLevel?.dueDate)
      lines.push(t('game.classroom.levels.due', { date: dueDateText(classLevel.dueDate) }));
    if (classLevel && classLevel.tasksDone > 0)
      lines.push(
        t('game.classroom.levels.doneInClass', { done: classLevel.tasksDone, total: level.tasks.length }),
      );
    this.add
      .text(
        x,
        starsY + 44 * u,
        lines.join('\n'),
        textStyle(16, u, {
          color: p.textDim,
          align: 'center',
          lineSpacing: 3,
          wordWrap: { width: cardW - 24 },
        }),
      )
      .setOrigin(0.5, 0);
    const buttonH = Math.min(52 * u, cardH * 0.18);
    this.button({
      id: `level-${level.id}`,
      x,
      y: top + cardH - buttonH / 2 - 14 * u,
      width: cardW - 40,
      height: buttonH,
      label: open ? t('game.levels.play') : t('game.levels.lockedShort'),
      primary: open,
      enabled: open,
      onPress: () => this.go('Site', { levelId: level.id }),
    });
  }
}

/** A level opens when its stars rule is met, or when the teacher assigned it. */
const isOpen = (level: Level, stars: Record<string, number>, classLevels: readonly ClassLevel[]): boolean =>
  levelAccess(level, stars).open || classLevels.some((l) => l.levelId === level.id && l.assigned);

/** The levels in the class's order (assigned first), then any the class does not list. */
function classOrder(levels: readonly Level[], classLevels: readonly ClassLevel[]): Level[] {
  const rank = (level: Level) => {
    const i = classLevels.findIndex((l) => l.levelId === level.id);
    return i === -1 ? classLevels.length : i;
  };
  return [...levels].sort((a, b) => rank(a) - rank(b));
}

/** A due date (YYYY-MM-DD) as the pupil's language writes it. */
function dueDateText(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(currentLanguage(), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(date);
}
