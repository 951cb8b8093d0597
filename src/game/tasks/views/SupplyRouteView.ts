// The view of the 'supply-route' kind: the site's paths with their lengths; the pupil clicks
// the next stop next to the truck to drive there, and sees the route and its length grow.
// Keys: Tab or the arrows pick one of the neighbouring stops, Space drives there,
// Backspace or Delete takes the last step back.
import type Phaser from 'phaser';
import {
  pathLengthM,
  routeLength,
  type SupplyRouteAnswer,
  type SupplyRouteVariant,
} from '../../../core/tasks/supplyRoute/SupplyRouteTask';
import { palette, textStyle, uiScale } from '../../ui/theme';
import type { TaskView, TaskViewContext } from '../TaskView';

const STAND_COLOUR: Record<string, number> = {
  food: 0xff9f1c,
  drinks: 0x3ad6e0,
  merch: 0xff4fa3,
  'first-aid': 0xff5a5a,
  info: 0x8c6cff,
  toilets: 0x37c871,
  stage: 0xffd23f,
};

/** The stops the truck can drive to next, in a fixed order (by their letter). */
export function nextStops(v: SupplyRouteVariant, from: string): string[] {
  return v.nodes
    .filter((n) => n.id !== from && pathLengthM(v, from, n.id) !== null)
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((n) => n.id);
}

export function createSupplyRouteView(context: TaskViewContext): TaskView {
  const { scene, t } = context;
  const v = context.variant as SupplyRouteVariant;
  const route: string[] = [v.depot];
  let focusIndex = 0;
  let objects: Phaser.GameObjects.GameObject[] = [];
  let redraw = () => {};

  const answer = (): SupplyRouteAnswer | null => (route.length > 1 ? { route: [...route] } : null);
  const last = () => route[route.length - 1] as string;
  const changed = () => {
    focusIndex = 0;
    redraw();
    context.onAnswerChange(answer());
  };
  const driveTo = (id: string) => {
    if (pathLengthM(v, last(), id) === null) return;
    if (route.length < 100) route.push(id);
    changed();
  };
  const stepBack = () => {
    if (route.length > 1) route.pop();
    changed();
  };

  const layout = (area: Phaser.Geom.Rectangle) => {
    for (const o of objects) o.destroy();
    const u = uiScale(scene.scale.width, scene.scale.height);
    const p = palette();
    const instruction = scene.add.text(
      area.x + 8,
      area.y + 4,
      t('tasks.supplyRoute.instruction'),
      textStyle(18, u, { wordWrap: { width: area.width - 16 } }),
    );
    const status = scene.add.text(
      area.x + 8,
      instruction.y + instruction.height + 6 * u,
      '',
      textStyle(20, u, { fontStyle: 'bold', color: '#ffd23f' }),
    );
    const keys = scene.add
      .text(
        area.x + 8,
        area.bottom - 4,
        t('tasks.supplyRoute.view.keys'),
        textStyle(14, u, { color: p.textDim }),
      )
      .setOrigin(0, 1);
    const top = status.y + status.height + 24 * u;
    const bottom = keys.y - keys.height - 24 * u;
    const xs = v.nodes.map((n) => n.xM);
    const ys = v.nodes.map((n) => n.yM);
    const minX = Math.min(...xs);
    const minY = Math.min(...ys);
    const spanX = Math.max(1, Math.max(...xs) - minX);
    const spanY = Math.max(1, Math.max(...ys) - minY);
    const pad = 36 * u;
    const scale = Math.min((area.width - 2 * pad) / spanX, (bottom - top) / spanY);
    const ox = area.x + (area.width - spanX * scale) / 2;
    const pos = new Map(
      v.nodes.map((n) => [n.id, { x: ox + (n.xM - minX) * scale, y: top + (n.yM - minY) * scale }] as const),
    );
    const at = (id: string) => pos.get(id) ?? { x: 0, y: 0 };
    const paths = scene.add.graphics();
    const labels: Phaser.GameObjects.Text[] = [];
    for (const e of v.edges) {
      const a = at(e.from);
      const b = at(e.to);
      paths.lineStyle(14 * u, 0x5a4a8a).lineBetween(a.x, a.y, b.x, b.y);
      paths.lineStyle(2 * u, 0xd6ccff, 0.6).lineBetween(a.x, a.y, b.x, b.y);
      labels.push(
        scene.add
          .text((a.x + b.x) / 2, (a.y + b.y) / 2, `${e.distanceM} m`, {
            ...textStyle(13, u, { color: '#ffffff', backgroundColor: '#1d1140cc' }),
            padding: { x: 3, y: 1 },
          })
          .setOrigin(0.5),
      );
    }
    const routeLine = scene.add.graphics();
    const nodes = v.nodes.map((n) => {
      const { x, y } = at(n.id);
      const container = scene.add.container(x, y);
      const g = scene.add.graphics();
      const radius = (n.type === 'junction' ? 11 : 20) * u;
      if (n.type === 'depot') {
        g.fillStyle(0xffffff).fillRoundedRect(-24 * u, -16 * u, 48 * u, 32 * u, 6);
        g.fillStyle(0x5b3cc4).fillRect(-20 * u, -12 * u, 26 * u, 20 * u);
        g.fillStyle(0x222222)
          .fillCircle(-12 * u, 16 * u, 6 * u)
          .fillCircle(14 * u, 16 * u, 6 * u);
      } else if (n.type === 'stand') {
        g.fillStyle(STAND_COLOUR[n.stand ?? 'info'] ?? 0x8c6cff).fillCircle(0, 0, radius);
        g.lineStyle(3, 0xffffff).strokeCircle(0, 0, radius);
      } else {
        g.fillStyle(0xd6ccff).fillCircle(0, 0, radius);
      }
      const letter = scene.add
        .text(
          0,
          n.type === 'depot' ? -30 * u : 0,
          n.label,
          textStyle(n.type === 'junction' ? 13 : 18, u, {
            fontStyle: 'bold',
            color: n.type === 'junction' ? '#1d1140' : '#ffffff',
          }),
        )
        .setOrigin(0.5);
      const name =
        n.type === 'stand'
          ? scene.add
              .text(
                0,
                radius + 4 * u,
                t(`tasks.supplyRoute.stand.${n.stand ?? 'info'}`),
                textStyle(13, u, { color: p.textDim }),
              )
              .setOrigin(0.5, 0)
          : null;
      const parcel = v.stands.includes(n.id) ? scene.add.graphics() : null;
      container.add([g, letter, ...(name ? [name] : []), ...(parcel ? [parcel] : [])]);
      container.setSize(radius * 2.4, radius * 2.4).setInteractive({ useHandCursor: true });
      container.on('pointerdown', () => driveTo(n.id));
      return { id: n.id, container, parcel, radius };
    });
    const ring = scene.add.graphics();
    redraw = () => {
      routeLine.clear();
      for (let i = 1; i < route.length; i++) {
        const a = at(route[i - 1] as string);
        const b = at(route[i] as string);
        routeLine.lineStyle(8 * u, p.accent, 0.9).lineBetween(a.x, a.y, b.x, b.y);
      }
      for (const n of nodes) {
        if (!n.parcel) continue;
        const done = route.includes(n.id);
        n.parcel.clear();
        n.parcel
          .fillStyle(done ? p.good : 0xc68a3a)
          .fillRect(n.radius * 0.5, -n.radius * 1.3, 16 * u, 14 * u);
        n.parcel.lineStyle(2, 0xffffff).strokeRect(n.radius * 0.5, -n.radius * 1.3, 16 * u, 14 * u);
      }
      const options = nextStops(v, last());
      const focus = at(options[focusIndex % Math.max(1, options.length)] ?? last());
      const here = at(last());
      ring.clear();
      ring.lineStyle(5, p.focus).strokeCircle(focus.x, focus.y, 26 * u);
      ring.fillStyle(p.accent).fillCircle(here.x, here.y, 8 * u);
      const length = routeLength(v, route);
      const delivered = v.stands.filter((s) => route.includes(s)).length;
      status.setText(
        `${t('tasks.supplyRoute.view.length', { length: length.ok ? length.lengthM : 0 })} · ${t('tasks.supplyRoute.view.delivery')}: ${delivered}/${v.stands.length}`,
      );
    };
    objects = [
      instruction,
      status,
      keys,
      paths,
      ...labels,
      routeLine,
      ...nodes.map((n) => n.container),
      ring,
    ];
    redraw();
  };
  layout(context.area);

  return {
    answer,
    handleKey(event) {
      const options = nextStops(v, last());
      if (['Tab', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
        const back =
          event.key === 'ArrowLeft' || event.key === 'ArrowUp' || (event.key === 'Tab' && event.shiftKey);
        focusIndex = (focusIndex + (back ? options.length - 1 : 1)) % Math.max(1, options.length);
        redraw();
        return true;
      }
      if (event.key === ' ') {
        const target = options[focusIndex];
        if (target) driveTo(target);
        return true;
      }
      if (event.key === 'Backspace' || event.key === 'Delete') {
        stepBack();
        return true;
      }
      return false;
    },
    resize: layout,
    destroy() {
      for (const o of objects) o.destroy();
      objects = [];
    },
  };
}
