// Level choice: every festival edition found in levels/, with the stars earned; a locked one
// says what opens it, and a refused level file is named with its problems.
import { levelAccess } from '../../core/progress/levelAccess';
import { localized, t } from '../../i18n/i18n';
import { findLevel, gameLevels } from '../levels/loadLevels';
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
    const p = palette();
    setResume({ scene: 'LevelChoice' });
    drawBackdrop(this);
    this.add
      .text(w / 2, 60 * u, t('game.levels.title'), textStyle(40, u, { fontStyle: 'bold' }))
      .setOrigin(0.5);
    const { levels, refused } = gameLevels();
    const stars: Record<string, number> = {};
    for (const level of levels) stars[level.id] = levelScoreFor(level).stars;
    const cardW = Math.min(340 * u, (w - 80) / Math.min(3, Math.max(1, levels.length)) - 24);
    const cardH = 300 * u;
    const perRow = Math.max(1, Math.floor((w - 40) / (cardW + 24)));
    levels.forEach((level, i) => {
      const col = i % perRow;
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, levels.length - row * perRow);
      const x = w / 2 + (col - (inRow - 1) / 2) * (cardW + 24);
      const y = 120 * u + row * (cardH + 20) + cardH / 2;
      const access = levelAccess(level, stars);
      this.add
        .graphics()
        .fillStyle(p.panel, 0.92)
        .fillRoundedRect(x - cardW / 2, y - cardH / 2, cardW, cardH, 20)
        .lineStyle(3, access.open ? p.panelEdge : p.locked)
        .strokeRoundedRect(x - cardW / 2, y - cardH / 2, cardW, cardH, 20);
      this.add
        .text(
          x,
          y - cardH / 2 + 22 * u,
          localized(level.title),
          textStyle(28, u, { fontStyle: 'bold', align: 'center', wordWrap: { width: cardW - 30 } }),
        )
        .setOrigin(0.5, 0);
      this.add
        .text(
          x,
          y - cardH / 2 + 70 * u,
          starText(stars[level.id] ?? 0),
          textStyle(34, u, { color: '#ffd23f' }),
        )
        .setOrigin(0.5, 0);
      const info = access.open
        ? t('game.levels.tasks', { count: level.tasks.length, age: `${level.ageMin}-${level.ageMax}` })
        : `✖ ${t('game.levels.locked', { level: localized(findLevel(access.needsLevel)?.title ?? level.title), stars: access.needsStars })}`;
      this.add
        .text(
          x,
          y - 10 * u,
          info,
          textStyle(18, u, { color: p.textDim, align: 'center', wordWrap: { width: cardW - 30 } }),
        )
        .setOrigin(0.5, 0);
      this.button({
        id: `level-${level.id}`,
        x,
        y: y + cardH / 2 - 44 * u,
        width: cardW - 60,
        height: 56 * u,
        label: access.open ? t('game.levels.play') : t('game.levels.lockedShort'),
        primary: access.open,
        enabled: access.open,
        onPress: () => this.go('Site', { levelId: level.id }),
      });
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
    const first = levels.find((l) => levelAccess(l, stars).open);
    if (first) this.focus.focusId(`level-${first.id}`);
  }
}
