// The kiosk's attract screen: the promo festival's site with visitors streaming to the stage
// and lights sweeping, the event's name, and "tap to play" anywhere on the screen.
import type { Level } from '../../core/levels/LevelSchema';
import { localized, t } from '../../i18n/i18n';
import { kioskLevel, kioskStatus, onKioskChange } from '../kiosk/kiosk';
import { enterFullscreen } from '../kiosk/lockKiosk';
import { drawSite } from '../site/drawSite';
import { SiteProjection } from '../site/SiteProjection';
import { settings } from '../state/Settings';
import { drawBackdrop } from '../ui/drawBackdrop';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

const VISITORS = 40;
const TINTS = [0xff4fa3, 0xffd23f, 0x3ad6e0, 0x37c871, 0xffffff, 0xff8c2b];

export class AttractScene extends FestivalScene {
  private off: (() => void) | null = null;

  constructor() {
    super('KioskAttract');
  }

  protected build(): void {
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const status = kioskStatus();
    const level = kioskLevel();
    drawBackdrop(this);
    if (level) this.preview(level);
    this.add.rectangle(0, 0, w, h * 0.28, 0x1d1140, 0.82).setOrigin(0);
    this.add
      .text(
        w / 2,
        h * 0.1,
        t('game.name'),
        textStyle(72, u, { fontStyle: 'bold', stroke: '#ff4fa3', strokeThickness: 8 }),
      )
      .setOrigin(0.5);
    const eventName = status.kind === 'ready' && status.event ? `${status.event.name} · ` : '';
    this.add
      .text(
        w / 2,
        h * 0.22,
        `${eventName}${t('kiosk.attract.tagline')}`,
        textStyle(28, u, { color: '#ffd23f' }),
      )
      .setOrigin(0.5);
    const message =
      status.kind === 'refused'
        ? t('kiosk.attract.refused')
        : status.kind === 'loading'
          ? t('kiosk.attract.checking')
          : t('kiosk.attract.tapToPlay');
    const banner = this.add
      .text(
        w / 2,
        h * 0.8,
        message,
        textStyle(status.kind === 'ready' ? 60 : 32, u, {
          fontStyle: 'bold',
          backgroundColor: status.kind === 'refused' ? '#000000cc' : '#ff4fa3',
          padding: { x: 36, y: 18 },
          align: 'center',
          wordWrap: { width: w * 0.8 },
        }),
      )
      .setOrigin(0.5);
    if (status.kind === 'ready' && !settings().reducedMotion) {
      this.tweens.add({
        targets: banner,
        scale: 1.08,
        duration: 700,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.inOut',
      });
    }
    this.off = onKioskChange(() => this.rebuild());
    if (status.kind !== 'ready' || !level) return;
    this.input.once('pointerup', () => {
      enterFullscreen();
      this.go('KioskName');
    });
  }

  /** The site in the background with visitors walking from the entrance to the stage, looping. */
  private preview(level: Level): void {
    const { width: w, height: h } = this.scale;
    const view = new SiteProjection(level.map, { x: 20, y: h * 0.34, width: w - 40, height: h * 0.62 });
    drawSite(this, view, this.ui);
    this.add
      .text(
        view.x(level.map.widthM / 2),
        view.y(0) - 4,
        localized(level.title),
        textStyle(20, this.ui, { color: palette().textDim }),
      )
      .setOrigin(0.5, 1);
    const zone = (type: string) => level.map.zones.find((z) => z.type === type) ?? level.map.zones[0];
    const entrance = zone('entrance');
    const stage = zone('stage');
    if (!entrance || !stage || settings().reducedMotion) return;
    const scale = Math.max(0.5, view.pxPerM / 14);
    for (let i = 0; i < VISITORS; i++) {
      const jitter = (n: number) => ((i * 9301 + n * 49297) % 233) / 233;
      const dot = this.add
        .image(
          view.x(entrance.xM + entrance.widthM * jitter(4)),
          view.y(entrance.yM + entrance.heightM / 2),
          'dot',
        )
        .setTint(TINTS[i % TINTS.length] ?? 0xffffff)
        .setScale(scale);
      this.tweens.add({
        targets: dot,
        x: view.x(stage.xM + stage.widthM * (0.05 + 0.9 * jitter(1))),
        y: view.y(stage.yM + stage.heightM + 1 + 10 * jitter(2)),
        duration: 5000 + 3000 * jitter(3),
        delay: i * 260,
        repeat: -1,
        repeatDelay: 1500,
      });
    }
    const stageX = view.x(stage.xM + stage.widthM / 2);
    const stageY = view.y(stage.yM + stage.heightM / 2);
    this.add.particles(stageX, stageY, 'note', {
      speedY: { min: -70, max: -30 },
      speedX: { min: -30, max: 30 },
      lifespan: 2600,
      frequency: 400,
      alpha: { start: 1, end: 0 },
      tint: [0xff4fa3, 0xffd23f, 0x3ad6e0],
    });
    for (const [i, colour] of [0xffd23f, 0x3ad6e0].entries()) {
      const beam = this.add
        .triangle(stageX, stageY, 0, 0, -w * 0.05, -h * 0.3, w * 0.05, -h * 0.3, colour, 0.18)
        .setOrigin(0.5, 0);
      beam.setAngle(i === 0 ? -25 : 25);
      this.tweens.add({ targets: beam, angle: i === 0 ? 25 : -25, duration: 2600, yoyo: true, repeat: -1 });
    }
  }

  protected override cleanup(): void {
    this.off?.();
    this.off = null;
    this.input.removeAllListeners('pointerup');
  }
}
