// Title screen: the game's name, Play, Continue, Join a class, settings and language; a note
// when a broken save was put aside.
import { currentLanguage, setLanguage, t } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/resources';
import { openClassFromTitle } from '../net/classSession';
import { takeLaunchRequest } from '../net/launchRequest';
import { classMembership } from '../state/ClassMembership';
import { currentProfile, progressLoadProblem } from '../state/ProgressStore';
import { settings } from '../state/Settings';
import { drawBackdrop } from '../ui/drawBackdrop';
import { dialogOpen, openSettings } from '../ui/HtmlOverlay';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

export class TitleScene extends FestivalScene {
  constructor() {
    super('Title');
  }

  protected build(): void {
    const launch = takeLaunchRequest();
    if (launch?.kind === 'preview') {
      this.scene.start('Site', { levelId: launch.levelId });
      return;
    }
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    drawBackdrop(this);
    if (!settings().reducedMotion) {
      this.add.particles(0, -10, 'confetti', {
        x: { min: 0, max: w },
        lifespan: 6000,
        speedY: { min: 40, max: 90 },
        speedX: { min: -20, max: 20 },
        rotate: { min: 0, max: 360 },
        tint: [0xff4fa3, 0xffd23f, 0x3ad6e0, 0x37c871],
        frequency: 140,
      });
    }
    this.add
      .text(
        w / 2,
        h * 0.16,
        t('game.name'),
        textStyle(76, u, { fontStyle: 'bold', stroke: '#ff4fa3', strokeThickness: 8 }),
      )
      .setOrigin(0.5)
      .setShadow(0, 6, '#000000', 8, true, true);
    this.add
      .text(w / 2, h * 0.27, t('game.title.tagline'), textStyle(24, u, { color: palette().textDim }))
      .setOrigin(0.5);
    const profile = currentProfile();
    if (profile) {
      this.add
        .text(w / 2, h * 0.33, t('game.title.welcomeBack', { name: profile.nickname }), textStyle(22, u))
        .setOrigin(0.5);
    }
    const bw = Math.min(w * 0.4, 380 * u);
    const bh = 52 * u;
    const gap = bh + 12 * u;
    let y = h * 0.42;
    const next = () => {
      const at = y;
      y += gap;
      return at;
    };
    const resume = profile?.resume;
    const play = this.button({
      id: 'play',
      x: w / 2,
      y: next(),
      width: bw,
      height: bh,
      label: t(profile ? 'game.title.newGame' : 'game.title.play'),
      primary: !resume || resume.scene === 'Title',
      onPress: () => this.go(profile ? 'LevelChoice' : 'Avatar'),
    });
    const canContinue = profile !== null && resume !== undefined && resume.scene !== 'Title';
    const cont = this.button({
      id: 'continue',
      x: w / 2,
      y: next(),
      width: bw,
      height: bh,
      label: t('game.title.continue'),
      primary: canContinue,
      enabled: canContinue,
      onPress: () =>
        this.go(resume?.scene ?? 'LevelChoice', { levelId: resume?.levelId, taskId: resume?.taskId }),
    });
    this.button({
      id: 'avatar',
      x: w / 2,
      y: next(),
      width: bw,
      height: bh,
      label: t('game.title.avatar'),
      enabled: profile !== null,
      onPress: () => this.go('Avatar'),
    });
    const membership = classMembership();
    this.button({
      id: 'join',
      x: w / 2,
      y: next(),
      width: bw,
      height: bh,
      label: membership
        ? t('game.classroom.myCard', { className: membership.className })
        : t('game.title.join'),
      onPress: () => this.openJoin(''),
    });
    const half = (bw - 12 * u) / 2;
    const rowY = next();
    this.button({
      id: 'settings',
      x: w / 2 - half / 2 - 6 * u,
      y: rowY,
      width: half,
      height: bh,
      label: t('game.settings.title'),
      onPress: () => openSettings(),
    });
    const nextLanguage = LANGUAGES[(LANGUAGES.indexOf(currentLanguage()) + 1) % LANGUAGES.length] ?? 'nl';
    this.button({
      id: 'language',
      x: w / 2 + half / 2 + 6 * u,
      y: rowY,
      width: half,
      height: bh,
      label: `⇄ ${t(`game.language.${nextLanguage}`)}`,
      onPress: () => setLanguage(nextLanguage),
    });
    this.focus.focusId(canContinue ? cont.id : play.id);
    if (launch?.kind === 'join') this.openJoin(launch.code);
    const problem = progressLoadProblem();
    if (problem) {
      this.add
        .text(
          w / 2,
          h - 24 * u,
          t('game.title.corruptSave'),
          textStyle(18, u, { color: '#ffd23f', backgroundColor: '#00000099', padding: { x: 10, y: 6 } }),
        )
        .setOrigin(0.5, 1);
    }
  }

  private openJoin(code: string): void {
    // A click on a dialog's button also reaches the canvas button under it (Phaser hears pointerup on the window).
    if (dialogOpen()) return;
    openClassFromTitle(code, (scene) => this.go(scene));
  }
}
