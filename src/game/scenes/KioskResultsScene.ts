// The kiosk's results (they take the Results scene's place in kiosk mode): the visitor on stage
// with stars, points, visitors welcomed and the leaderboard place, a QR code to play on at home,
// and "next player", which wipes the play at once (the idle clock does it after 15 s anyway).
import type Phaser from 'phaser';
import { visitorsWelcomed } from '../../core/scoring/visitorsWelcomed';
import { t } from '../../i18n/i18n';
import { AvatarFigure } from '../avatar/AvatarFigure';
import { drawQrCode, homeUrl } from '../kiosk/drawQrCode';
import { collectTries, kioskOutbox, kioskPlay, onKioskChange, resetKiosk } from '../kiosk/kiosk';
import { levelScoreFor } from '../state/levelScore';
import { currentProfile } from '../state/ProgressStore';
import { settings } from '../state/Settings';
import { session } from '../state/session';
import { drawBackdrop } from '../ui/drawBackdrop';
import { starText } from '../ui/starText';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

export class KioskResultsScene extends FestivalScene<{ levelId?: string }> {
  private standing: Phaser.GameObjects.Text | null = null;
  private off: (() => void) | null = null;

  constructor() {
    super('Results');
  }

  protected build(): void {
    const play = kioskPlay();
    const profile = currentProfile();
    if (!play || !profile) {
      this.scene.start('KioskAttract');
      return;
    }
    collectTries();
    const level = play.level;
    session.levelId = level.id;
    session.taskId = null;
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
        frequency: 120,
      });
    }
    new AvatarFigure(this, w * 0.14, h * 0.78, h * 0.4, profile.avatar);
    const x0 = w * 0.27;
    const panelW = w * 0.4;
    const panel = this.add.graphics();
    const pad = 26 * u;
    let y = h * 0.08 + pad;
    const line = (text: string, size: number, extra = {}) => {
      const obj = this.add.text(
        x0 + pad,
        y,
        text,
        textStyle(size, u, { wordWrap: { width: panelW - 2 * pad }, ...extra }),
      );
      y += obj.height + 14 * u;
      return obj;
    };
    line(t('kiosk.results.title', { name: play.nickname }), 34, { fontStyle: 'bold', color: '#ffd23f' });
    line(starText(score.stars), 52, { color: '#ffd23f' });
    line(t('game.results.points', { points: score.points, max: score.maxPoints }), 26);
    line(t('kiosk.results.visitors', { count: visitorsWelcomed(level, score) }), 24);
    this.standing = line('', 22, { color: '#3ad6e0' });
    // Two lines' room, so the standing can change without moving anything.
    y += this.standing.height + 14 * u;
    this.showStanding();
    this.off = onKioskChange(() => this.showStanding());
    // The panel fits its lines (a longer text size makes it taller).
    const panelH = Math.max(h * 0.4, y + 40 * u - h * 0.08);
    panel
      .fillStyle(p.panel, 0.94)
      .fillRoundedRect(x0, h * 0.08, panelW, panelH, 22)
      .lineStyle(3, p.panelEdge)
      .strokeRoundedRect(x0, h * 0.08, panelW, panelH, 22);
    const qrX = w * 0.83;
    const qrSize = Math.min(w * 0.26, h * 0.48);
    drawQrCode(this, homeUrl(window.location), qrX, h * 0.36, qrSize);
    this.add
      .text(
        qrX,
        h * 0.36 + qrSize / 2 + 14 * u,
        t('kiosk.results.qr'),
        textStyle(22, u, { align: 'center', wordWrap: { width: w * 0.3 } }),
      )
      .setOrigin(0.5, 0);
    const done = this.button({
      id: 'kiosk-done',
      x: w / 2,
      y: h * 0.89,
      width: Math.min(w * 0.5, 560 * u),
      height: 80 * u,
      fontPx: 30,
      label: t('kiosk.results.done'),
      primary: true,
      onPress: () => void resetKiosk(),
    });
    this.focus.focusId(done.id);
  }

  /** The leaderboard place once the server answered, else whether the score is on its way. */
  private showStanding(): void {
    const play = kioskPlay();
    if (!this.standing || !play) return;
    const waiting = kioskOutbox()?.hasPending(play.playId) ?? false;
    const text =
      play.standing && !waiting
        ? t('kiosk.results.rank', { rank: play.standing.rank })
        : t(navigator.onLine ? 'kiosk.results.sending' : 'kiosk.results.waiting');
    this.standing.setText(text);
  }

  override update(): void {
    // The outbox reports results, not the network dropping; check the line now and then.
    if (this.game.getFrame() % 30 === 0) this.showStanding();
  }

  protected override cleanup(): void {
    this.off?.();
    this.off = null;
    this.standing = null;
  }
}
