// Results: the avatar on stage with the stars, points, the S/T/E/M profile, the careers tried
// and what to try next.
import { STEM_DOMAINS } from '../../core/domain/StemDomain';
import { levelAccess } from '../../core/progress/levelAccess';
import { localized, t } from '../../i18n/i18n';
import { AvatarFigure } from '../avatar/AvatarFigure';
import { findLevel, gameLevels } from '../levels/loadLevels';
import { levelScoreFor } from '../state/levelScore';
import { currentProfile, setResume } from '../state/ProgressStore';
import { settings } from '../state/Settings';
import { session } from '../state/session';
import { drawBackdrop } from '../ui/drawBackdrop';
import { starText } from '../ui/starText';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

export class ResultsScene extends FestivalScene<{ levelId: string }> {
  constructor() {
    super('Results');
  }

  protected build(): void {
    const level = findLevel(this.sceneData.levelId);
    const profile = currentProfile();
    if (!level || !profile) {
      this.scene.start('LevelChoice');
      return;
    }
    session.levelId = level.id;
    session.taskId = null;
    setResume({ scene: 'Results', levelId: level.id });
    const score = levelScoreFor(level);
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const p = palette();
    drawBackdrop(this);
    if (!settings().reducedMotion) {
      this.add.particles(0, -10, 'confetti', {
        x: { min: 0, max: w },
        lifespan: 5000,
        speedY: { min: 50, max: 110 },
        rotate: { min: 0, max: 360 },
        tint: [0xff4fa3, 0xffd23f, 0x3ad6e0, 0x37c871],
        frequency: 90,
      });
    }
    new AvatarFigure(this, w * 0.2, h * 0.8, h * 0.42, profile.avatar);
    this.add
      .text(w * 0.2, h * 0.82, profile.nickname, textStyle(26, u, { fontStyle: 'bold', color: '#ffd23f' }))
      .setOrigin(0.5, 0);
    const x0 = w * 0.4;
    const panelW = w * 0.56;
    this.add
      .graphics()
      .fillStyle(p.panel, 0.94)
      .fillRoundedRect(x0, h * 0.06, panelW, h * 0.78, 22)
      .lineStyle(3, p.panelEdge)
      .strokeRoundedRect(x0, h * 0.06, panelW, h * 0.78, 22);
    const pad = 26 * u;
    let y = h * 0.06 + pad;
    const line = (text: string, size: number, extra = {}) => {
      const obj = this.add.text(
        x0 + pad,
        y,
        text,
        textStyle(size, u, { wordWrap: { width: panelW - 2 * pad }, ...extra }),
      );
      y += obj.height + 10 * u;
      return obj;
    };
    line(t('game.results.title', { level: localized(level.title) }), 32, { fontStyle: 'bold' });
    line(starText(score.stars), 44, { color: '#ffd23f' });
    line(t('game.results.points', { points: score.points, max: score.maxPoints }), 22);
    line(t('game.results.profile'), 20, { fontStyle: 'bold' });
    const barW = panelW - 2 * pad - 170 * u;
    for (const domain of STEM_DOMAINS) {
      const share = score.profile[domain];
      this.add.text(x0 + pad, y, t(`domains.${domain}`), textStyle(17, u));
      const g = this.add.graphics();
      g.fillStyle(0x000000, 0.5).fillRoundedRect(x0 + pad + 160 * u, y + 3, barW, 16 * u, 8);
      if (share !== null)
        g.fillStyle(p.accent).fillRoundedRect(
          x0 + pad + 160 * u,
          y + 3,
          Math.max(16, barW * share),
          16 * u,
          8,
        );
      else
        this.add.text(
          x0 + pad + 170 * u,
          y,
          t('game.results.notTrained'),
          textStyle(15, u, { color: p.textDim }),
        );
      y += 28 * u;
    }
    y += 6 * u;
    const tried = new Set(
      level.tasks
        .filter((tk) => score.tasks.find((s) => s.taskId === tk.id && s.attempts > 0))
        .flatMap((tk) => tk.careers),
    );
    line(
      t('game.results.careers', { careers: [...tried].map((c) => t(`careers.${c}`)).join(', ') || '-' }),
      18,
    );
    line(this.nextTip(level.id), 18, { color: p.textDim });
    this.button({
      id: 'to-site',
      x: x0 + panelW * 0.27,
      y: h * 0.92,
      width: panelW * 0.44,
      height: 54 * u,
      label: t('game.results.toSite'),
      onPress: () => this.go('Site', { levelId: level.id }),
    });
    const next = this.button({
      id: 'to-levels',
      x: x0 + panelW * 0.75,
      y: h * 0.92,
      width: panelW * 0.44,
      height: 54 * u,
      label: t('game.results.toLevels'),
      primary: true,
      onPress: () => this.go('LevelChoice'),
    });
    this.focus.focusId(next.id);
  }

  private nextTip(levelId: string): string {
    const level = findLevel(levelId);
    if (!level) return '';
    const score = levelScoreFor(level);
    const weak = level.tasks.find((tk) => (score.tasks.find((s) => s.taskId === tk.id)?.stars ?? 0) < 3);
    if (weak) return t('game.results.tryAgain', { task: localized(weak.title) });
    const stars: Record<string, number> = { [levelId]: score.stars };
    const opened = gameLevels().levels.find(
      (l) => l.id !== levelId && l.unlock?.level === levelId && levelAccess(l, stars).open,
    );
    return opened
      ? t('game.results.nextLevel', { level: localized(opened.title) })
      : t('game.results.allDone');
  }
}
