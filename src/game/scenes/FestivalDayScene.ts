// Festival day: the core simulation runs the day (skippable) and the scene shows it: visitors
// stream from the entrance to the stage, the band plays, and the pupil's choices show through
// the meters (complaints when too loud, flickering lights, queues, litter).
import type Phaser from 'phaser';
import type { Level } from '../../core/levels/LevelSchema';
import { taskSeed } from '../../core/random/Rng';
import { createFestivalDay, type FestivalDay, festivalLimitDbA } from '../../core/simulation/FestivalDay';
import { localized, t } from '../../i18n/i18n';
import { playEffect } from '../audio/SoundBoard';
import { AvatarFigure } from '../avatar/AvatarFigure';
import { findLevel } from '../levels/loadLevels';
import { drawSite } from '../site/drawSite';
import { SiteProjection } from '../site/SiteProjection';
import { levelScoreFor } from '../state/levelScore';
import { currentProfile, currentSeed, markFestivalSeen } from '../state/ProgressStore';
import { settings } from '../state/Settings';
import { session } from '../state/session';
import { Button } from '../ui/Button';
import { drawMeterPanel } from '../ui/MeterPanel';
import { css, palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

const MAX_DOTS = 90;
/** The most visitor dots anyone may ask for (the benchmark asks for 500 through the test hook). */
const MAX_DOTS_LIMIT = 2000;
/** Steps of the R2 sequence (x, y) and the golden ratio (walking time), indexed 1 to 3. */
const R2_STEPS = [0, 0.7548776662, 0.569840291, 0.6180339887];
/** How often the status panel's text is refreshed. */
const STATUS_EVERY_MS = 250;
const VISITOR_TINTS = [0xff4fa3, 0xffd23f, 0x3ad6e0, 0x37c871, 0xffffff, 0xff8c2b];

interface FestivalDayData {
  levelId: string;
  /** How many visitor dots a full site shows; 90 unless asked (`goto('FestivalDay', { levelId, maxDots: 500 })`). */
  maxDots?: number;
}

export class FestivalDayScene extends FestivalScene<FestivalDayData> {
  private day!: FestivalDay;
  private level!: Level;
  private view!: SiteProjection;
  private dots: Phaser.GameObjects.Image[] = [];
  private status!: Phaser.GameObjects.Text;
  private ticker!: Phaser.GameObjects.Text;
  private darkness!: Phaser.GameObjects.Rectangle;
  private notes: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private seenEvents = 0;
  private statusAtMs = Number.NEGATIVE_INFINITY;
  private statusColour = '';
  private leaving = false;

  constructor() {
    super('FestivalDay');
  }

  protected build(): void {
    const level = findLevel(this.sceneData.levelId);
    if (!level || !currentProfile()) {
      this.scene.start('LevelChoice');
      return;
    }
    this.level = level;
    session.levelId = level.id;
    session.taskId = null;
    const score = levelScoreFor(level);
    this.day = createFestivalDay({
      meters: score.meters,
      seed: taskSeed(currentSeed(), `festival:${level.id}`),
      limitDbA: festivalLimitDbA(level.tasks),
    });
    this.seenEvents = 0;
    this.statusAtMs = Number.NEGATIVE_INFINITY;
    this.statusColour = '';
    this.leaving = false;
    this.dots = [];
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const panelW = Math.max(220, 270 * u);
    this.view = new SiteProjection(level.map, {
      x: 20,
      y: 80 * u,
      width: w - panelW - 60,
      height: h - 150 * u,
    });
    drawSite(this, this.view, u);
    this.add.text(
      24,
      20 * u,
      t('game.day.title', { level: localized(level.title) }),
      textStyle(30, u, { fontStyle: 'bold' }),
    );
    drawMeterPanel(this, w - panelW - 20, 70 * u, panelW, score.meters, u, t('game.site.readiness'));
    this.status = this.add.text(
      w - panelW - 20,
      70 * u + 340 * u,
      '',
      textStyle(17, u, { lineSpacing: 6, wordWrap: { width: panelW } }),
    );
    this.ticker = this.add
      .text(
        24,
        h - 40 * u,
        '',
        textStyle(20, u, { color: '#ffd23f', backgroundColor: '#000000aa', padding: { x: 10, y: 5 } }),
      )
      .setOrigin(0, 0.5)
      .setDepth(30);
    this.darkness = this.add
      .rectangle(0, 0, w, h, 0x000000, 0.55)
      .setOrigin(0)
      .setDepth(25)
      .setVisible(false);
    const stage = level.map.zones.find((z) => z.type === 'stage');
    if (stage && !settings().reducedMotion) {
      this.notes = this.add.particles(
        this.view.x(stage.xM + stage.widthM / 2),
        this.view.y(stage.yM + stage.heightM / 2),
        'note',
        {
          x: { min: -stage.widthM * this.view.pxPerM * 0.4, max: stage.widthM * this.view.pxPerM * 0.4 },
          speedY: { min: -60, max: -30 },
          lifespan: 1600,
          alpha: { start: 1, end: 0 },
          tint: VISITOR_TINTS,
          frequency: 220,
          emitting: false,
        },
      );
    }
    const avatar = currentProfile()?.avatar;
    if (avatar)
      new AvatarFigure(
        this,
        this.view.x(level.map.startXM),
        this.view.y(level.map.startYM),
        60 * u,
        avatar,
      ).setDepth(10);
    const skip = new Button(this, {
      id: 'skip',
      x: w - panelW / 2 - 20,
      y: h - 44 * u,
      width: panelW,
      height: 54 * u,
      label: t('game.day.skip'),
      scale: u,
      onPress: () => this.finish(),
    });
    this.focus.add(skip);
    this.focus.focusId(skip.id);
  }

  /** Runs the rest of the day at once and opens the results. */
  finish(): void {
    if (this.leaving) return;
    this.day.finish();
    this.leave();
  }

  private leave(): void {
    this.leaving = true;
    markFestivalSeen(this.level.id);
    playEffect('cheer');
    this.go('Results', { levelId: this.level.id });
  }

  private spawnDot(): void {
    const entrance = this.level.map.zones.find((z) => z.type === 'entrance') ?? this.level.map.zones[0];
    const stage = this.level.map.zones.find((z) => z.type === 'stage') ?? this.level.map.zones[0];
    if (!entrance || !stage) return;
    const i = this.dots.length;
    // A low-discrepancy (R2) sequence spreads any number of dots evenly, without lines.
    const frac = (x: number) => x - Math.floor(x);
    const jitter = (n: number) => frac(0.5 + (i + 1) * (R2_STEPS[n] ?? 0));
    const dot = this.add
      .image(
        this.view.x(entrance.xM + entrance.widthM / 2),
        this.view.y(entrance.yM + entrance.heightM / 2),
        'dot',
      )
      .setTint(VISITOR_TINTS[i % VISITOR_TINTS.length] ?? 0xffffff)
      .setScale(Math.max(0.5, this.view.pxPerM / 14))
      .setDepth(8);
    const toX = this.view.x(stage.xM + stage.widthM * (0.05 + 0.9 * jitter(1)));
    const toY = this.view.y(stage.yM + stage.heightM + 1 + 12 * jitter(2));
    if (settings().reducedMotion) dot.setPosition(toX, toY);
    else this.tweens.add({ targets: dot, x: toX, y: toY, duration: 2500 + 1500 * jitter(3) });
    this.dots.push(dot);
  }

  override update(timeMs: number, _deltaMs: number): void {
    if (!this.day || this.leaving) return;
    this.day.step(Math.min(0.5, this.game.loop.rawDelta / 1000));
    const s = this.day.state();
    const p = palette();
    const maxDots = Math.min(MAX_DOTS_LIMIT, Math.max(0, Math.round(this.sceneData.maxDots ?? MAX_DOTS)));
    while (this.dots.length < Math.round((s.visitors / s.capacity) * maxDots)) this.spawnDot();
    this.darkness.setVisible(!s.lightsOn);
    if (this.notes) this.notes.emitting = s.bandPlaying;
    // A text is drawn again (and sent to the GPU) on every change: a few times a second is enough.
    if (timeMs - this.statusAtMs >= STATUS_EVERY_MS || s.finished) {
      this.statusAtMs = timeMs;
      this.status.setText(
        [
          t('game.day.visitors', { count: Math.round(s.visitors) }),
          t('game.day.sound', { level: Math.round(s.soundDbA), limit: s.limitDbA }),
          t('game.day.complaints', { count: s.complaints }),
          t('game.day.queue', { count: Math.round(s.queue) }),
          t('game.day.mood', { percent: Math.round(s.mood * 100) }),
        ].join('\n'),
      );
      const colour = s.soundDbA > s.limitDbA ? css(p.bad) : p.text;
      if (colour !== this.statusColour) this.status.setColor(colour);
      this.statusColour = colour;
    }
    for (; this.seenEvents < s.events.length; this.seenEvents++) {
      const event = s.events[this.seenEvents];
      if (!event) continue;
      this.ticker.setText(t(`game.day.event.${event.kind}`));
      if (event.kind === 'cheer') playEffect('cheer');
    }
    if (s.finished) this.leave();
  }
}
