// The festival site: the level's map, the avatar walking (arrows/WASD, or to a tapped point),
// stations showing locked/open/done, the readiness meters, and the way to festival day.
import Phaser from 'phaser';
import type { Level } from '../../core/levels/LevelSchema';
import type { Station } from '../../core/levels/MapSchema';
import { type StationState, stationStates } from '../../core/progress/stationStates';
import { localized, t } from '../../i18n/i18n';
import { AvatarFigure } from '../avatar/AvatarFigure';
import { findLevel } from '../levels/loadLevels';
import { drawSite } from '../site/drawSite';
import { drawStation } from '../site/drawStation';
import { SiteProjection } from '../site/SiteProjection';
import { levelScoreFor } from '../state/levelScore';
import { currentProfile, setResume } from '../state/ProgressStore';
import { session } from '../state/session';
import { Button } from '../ui/Button';
import { drawMeterPanel } from '../ui/MeterPanel';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

interface SiteData {
  levelId: string;
}

const WALK_SPEED_MPS = 9;
const NEAR_M = 3;
/** Where the avatar stood per level, kept across rebuilds and visits to tasks. */
const standing = new Map<string, { xM: number; yM: number }>();

export class SiteScene extends FestivalScene<SiteData> {
  private level!: Level;
  private view!: SiteProjection;
  private avatar!: AvatarFigure;
  private pos = { xM: 0, yM: 0 };
  private target: { xM: number; yM: number; open?: string } | null = null;
  private states: StationState[] = [];
  private prompt!: Phaser.GameObjects.Text;
  private keys!: Record<string, Phaser.Input.Keyboard.Key>;
  private hud: Button[] = [];
  private stationIndex = -1;

  constructor() {
    super('Site');
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
    setResume({ scene: 'Site', levelId: level.id });
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const panelW = Math.max(220, 270 * u);
    const top = 64 * u;
    this.view = new SiteProjection(level.map, {
      x: 20,
      y: top + 10,
      width: w - panelW - 60,
      height: h - top - 90 * u,
    });
    drawSite(this, this.view, u);
    const score = levelScoreFor(level);
    this.states = stationStates(level, score);
    for (const station of level.map.stations) {
      const state = this.states.find((s) => s.stationId === station.id);
      const task = level.tasks.find((tk) => tk.station === station.id);
      drawStation(this, this.view, station, state, task ? localized(task.title) : '', u, () =>
        this.walkTo(station, true),
      );
    }
    this.add.text(24, 16 * u, localized(level.title), textStyle(30, u, { fontStyle: 'bold' }));
    const panel = drawMeterPanel(
      this,
      w - panelW - 20,
      top,
      panelW,
      score.meters,
      u,
      t('game.site.readiness'),
    );
    const done = this.states.filter((s) => s.state === 'done').length;
    this.add.text(
      w - panelW - 20,
      top + panel.height + 12 * u,
      t('game.site.progress', { done, total: level.tasks.length }),
      textStyle(18, u, { color: palette().textDim, wordWrap: { width: panelW } }),
    );
    const bw = panelW;
    const festival = new Button(this, {
      id: 'festival-day',
      x: w - panelW / 2 - 20,
      y: h - 110 * u,
      width: bw,
      height: 58 * u,
      label: t('game.site.festivalDay'),
      primary: score.complete,
      enabled: score.complete,
      scale: u,
      onPress: () => this.go('FestivalDay', { levelId: level.id }),
    });
    const back = new Button(this, {
      id: 'back',
      x: w - panelW / 2 - 20,
      y: h - 42 * u,
      width: bw,
      height: 50 * u,
      label: t('game.site.back'),
      scale: u,
      onPress: () => this.go('LevelChoice'),
    });
    this.hud = [festival, back];
    this.add
      .text(
        24,
        h - 34 * u,
        t('game.site.keys'),
        textStyle(15, u, { color: palette().textDim, wordWrap: { width: w - panelW - 80 } }),
      )
      .setOrigin(0, 0.5);
    const start = standing.get(level.id) ?? { xM: level.map.startXM, yM: level.map.startYM };
    this.pos = { ...start };
    this.target = null;
    const heightPx = Phaser.Math.Clamp(this.view.pxPerM * 4, 44, 90) * Math.min(1.2, u);
    this.avatar = new AvatarFigure(
      this,
      this.view.x(this.pos.xM),
      this.view.y(this.pos.yM),
      heightPx,
      currentProfile()?.avatar ?? (undefined as never),
    );
    this.avatar.setDepth(10);
    this.prompt = this.add
      .text(
        0,
        0,
        '',
        textStyle(16, u, { backgroundColor: '#000000cc', padding: { x: 8, y: 4 }, color: '#ffd23f' }),
      )
      .setOrigin(0.5, 1)
      .setDepth(20)
      .setVisible(false);
    this.keys = this.input.keyboard?.addKeys('W,A,S,D,UP,DOWN,LEFT,RIGHT') as Record<
      string,
      Phaser.Input.Keyboard.Key
    >;
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
      if (over.length > 0) return;
      const m = this.view.toMetres(pointer.x, pointer.y);
      if (pointer.x <= this.view.x(this.level.map.widthM) + 8) this.target = m;
    });
  }

  protected override cleanup(): void {
    this.input.keyboard?.removeAllKeys(true);
    session.avatarM = null;
    this.input.removeAllListeners('pointerdown');
  }

  protected override handleKey(event: KeyboardEvent): boolean {
    if (event.key === 'Enter' || event.key === ' ') {
      const near = this.nearStation();
      if (near) this.openStation(near);
      return true;
    }
    if (event.key === 'Tab') {
      const stations = this.level.map.stations;
      this.stationIndex = (this.stationIndex + (event.shiftKey ? stations.length - 1 : 1)) % stations.length;
      const station = stations[this.stationIndex];
      if (station) this.walkTo(station, false);
      return true;
    }
    if (event.key === 'Escape') {
      this.go('LevelChoice');
      return true;
    }
    if (event.key === 'f' || event.key === 'F') {
      this.hud[0]?.press();
      return true;
    }
    return false;
  }

  private walkTo(station: Station, open: boolean): void {
    this.target = { xM: station.xM, yM: station.yM + 0.5, ...(open ? { open: station.id } : {}) };
  }

  private nearStation(): Station | undefined {
    return this.level.map.stations.find((s) => Math.hypot(s.xM - this.pos.xM, s.yM - this.pos.yM) < NEAR_M);
  }

  private openStation(station: Station): void {
    const state = this.states.find((s) => s.stationId === station.id);
    if (!state) return;
    if (state.state === 'locked') {
      this.showPrompt(station, this.promptFor(state));
      return;
    }
    standing.set(this.level.id, { ...this.pos });
    this.go('Task', { levelId: this.level.id, taskId: state.taskId });
  }

  private promptFor(state: StationState | undefined): string {
    if (state?.state !== 'locked') return t('game.site.open');
    const names = state.waitingFor.map((id) => {
      const task = this.level.tasks.find((tk) => tk.id === id);
      return task ? localized(task.title) : id;
    });
    return t('game.site.lockedNeeds', { tasks: names.join(', ') });
  }

  /** Screen positions of the stations, for the browser tests' taps. */
  stationTargets(): Record<string, { x: number; y: number }> {
    if (!this.level) return {};
    return Object.fromEntries(
      this.level.map.stations.map((s) => [s.id, { x: this.view.x(s.xM), y: this.view.y(s.yM) }]),
    );
  }

  private showPrompt(station: Station, text: string): void {
    this.prompt
      .setText(text)
      .setPosition(this.view.x(station.xM), this.view.y(station.yM) - this.view.pxPerM * 3.2)
      .setVisible(true);
  }

  override update(_time: number, deltaMs: number): void {
    if (!this.avatar) return;
    // Phaser smooths its delta; the raw one keeps walking at its real pace when frames are few.
    const dtS = Math.min(0.25, this.game.loop.rawDelta / 1000);
    const k = this.keys;
    let dx = (k.RIGHT?.isDown || k.D?.isDown ? 1 : 0) - (k.LEFT?.isDown || k.A?.isDown ? 1 : 0);
    let dy = (k.DOWN?.isDown || k.S?.isDown ? 1 : 0) - (k.UP?.isDown || k.W?.isDown ? 1 : 0);
    if (dx !== 0 || dy !== 0) this.target = null;
    else if (this.target) {
      const tx = this.target.xM - this.pos.xM;
      const ty = this.target.yM - this.pos.yM;
      const dist = Math.hypot(tx, ty);
      if (dist < 0.2) {
        const openId = this.target.open;
        this.target = null;
        const station = this.level.map.stations.find((s) => s.id === openId);
        if (station) this.openStation(station);
      } else {
        dx = tx / dist;
        dy = ty / dist;
        const step = Math.min(dist, WALK_SPEED_MPS * dtS);
        this.pos.xM += dx * step;
        this.pos.yM += dy * step;
        dx = 0;
        dy = 0;
        this.avatar.setWalking(true, tx < 0);
      }
    }
    if (dx !== 0 || dy !== 0) {
      const len = Math.hypot(dx, dy);
      this.pos.xM = Phaser.Math.Clamp(
        this.pos.xM + (dx / len) * WALK_SPEED_MPS * dtS,
        0,
        this.level.map.widthM,
      );
      this.pos.yM = Phaser.Math.Clamp(
        this.pos.yM + (dy / len) * WALK_SPEED_MPS * dtS,
        0,
        this.level.map.heightM,
      );
      this.avatar.setWalking(true, dx < 0 ? true : dx > 0 ? false : undefined);
    } else if (!this.target) this.avatar.setWalking(false);
    this.avatar.setPosition(this.view.x(this.pos.xM), this.view.y(this.pos.yM));
    this.avatar.tick(deltaMs);
    standing.set(this.level.id, { ...this.pos });
    session.avatarM = { ...this.pos };
    const near = this.nearStation();
    if (near) this.showPrompt(near, this.promptFor(this.states.find((s) => s.stationId === near.id)));
    else this.prompt.setVisible(false);
  }
}
