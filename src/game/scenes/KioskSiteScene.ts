// The kiosk's festival site (it takes the Site scene's place in kiosk mode): the promo level's
// map with its stations to tap, the readiness meters and festival day; no way back to menus.
import { type StationState, stationStates } from '../../core/progress/stationStates';
import { localized, t } from '../../i18n/i18n';
import { collectTries, kioskPlay } from '../kiosk/kiosk';
import { drawSite } from '../site/drawSite';
import { drawStation } from '../site/drawStation';
import { SiteProjection } from '../site/SiteProjection';
import { levelScoreFor } from '../state/levelScore';
import { session } from '../state/session';
import type { Button } from '../ui/Button';
import { drawMeterPanel } from '../ui/MeterPanel';
import { starText } from '../ui/starText';
import { palette, textStyle } from '../ui/theme';
import { FestivalScene } from './FestivalScene';

/** Festival day opens once every task the visitor can reach was tried (or all are done). */
export const canHoldFestival = (states: StationState[], complete: boolean): boolean =>
  complete ||
  (states.some((s) => s.state !== 'locked') &&
    states.every((s) => s.state === 'done' || s.state === 'locked' || s.tried));

export class KioskSiteScene extends FestivalScene<{ levelId?: string }> {
  private festival: Button | null = null;

  constructor() {
    super('Site');
  }

  protected build(): void {
    const play = kioskPlay();
    if (!play) {
      this.scene.start('KioskAttract');
      return;
    }
    collectTries();
    const level = play.level;
    session.levelId = level.id;
    session.taskId = null;
    const { width: w, height: h } = this.scale;
    const u = this.ui;
    const panelW = Math.max(220, 270 * u);
    const top = 64 * u;
    const view = new SiteProjection(level.map, {
      x: 20,
      y: top + 10,
      width: w - panelW - 60,
      height: h - top - 70 * u,
    });
    drawSite(this, view, u);
    const score = levelScoreFor(level);
    const states = stationStates(level, score);
    for (const station of level.map.stations) {
      const state = states.find((s) => s.stationId === station.id);
      const task = level.tasks.find((tk) => tk.station === station.id);
      drawStation(this, view, station, state, task ? localized(task.title) : '', u, () => {
        if (state && state.state !== 'locked') this.go('Task', { levelId: level.id, taskId: state.taskId });
      });
    }
    this.add.text(24, 16 * u, localized(level.title), textStyle(30, u, { fontStyle: 'bold' }));
    this.add
      .text(
        24,
        h - 30 * u,
        `${t('kiosk.hub.player', { name: play.nickname })} · ${t('kiosk.hub.tapStation')}`,
        textStyle(20, u, { color: palette().textDim }),
      )
      .setOrigin(0, 0.5);
    const panel = drawMeterPanel(
      this,
      w - panelW - 20,
      top,
      panelW,
      score.meters,
      u,
      t('game.site.readiness'),
    );
    // Big buttons beside the map: easier to hit on a tablet than the stations themselves.
    let y = top + panel.height + 16 * u;
    for (const state of states) {
      const task = level.tasks.find((tk) => tk.id === state.taskId);
      if (!task) continue;
      const mark =
        state.state === 'done' ? ` ${starText(state.stars)}` : state.state === 'locked' ? ' 🔒' : '';
      this.button({
        id: `task-${task.id}`,
        x: w - panelW / 2 - 20,
        y: y + 26 * u,
        width: panelW,
        height: 52 * u,
        fontPx: 19,
        label: `${localized(task.title)}${mark}`,
        enabled: state.state !== 'locked',
        onPress: () => this.go('Task', { levelId: level.id, taskId: task.id }),
      });
      y += 62 * u;
    }
    const ready = canHoldFestival(states, score.complete);
    const festival = this.button({
      id: 'festival-day',
      x: w - panelW / 2 - 20,
      y: h - 60 * u,
      width: panelW,
      height: 72 * u,
      label: t('game.site.festivalDay'),
      primary: ready,
      enabled: ready,
      onPress: () => this.go('FestivalDay', { levelId: level.id }),
    });
    if (ready) this.focus.focusId(festival.id);
    this.festival = festival;
  }

  protected override handleKey(event: KeyboardEvent): boolean {
    if (event.key !== 'f' && event.key !== 'F') return false;
    this.festival?.press();
    return true;
  }
}
