// The weather strip of the toilets-and-water view: a sun (hot) or a cloud, the temperature,
// the number of visitors and a dance-event badge. Drawn once per layout; returns its height.
import type Phaser from 'phaser';
import type { ToiletsWaterVariant } from '../../../../core/tasks/toiletsWater/ToiletsWaterTask';
import { textStyle } from '../../../ui/theme';
import type { ViewParts } from '../ViewParts';

export function drawWeather(
  scene: Phaser.Scene,
  parts: ViewParts,
  o: {
    x: number;
    y: number;
    width: number;
    u: number;
    v: ToiletsWaterVariant;
    t: (key: string, values?: Record<string, string | number>) => string;
  },
): number {
  const { x, y, u, v, t } = o;
  const h = 40 * u;
  const cy = y + h / 2;
  const hot = v.temperatureC > v.hotFromC;
  const g = parts.add(scene.add.graphics());
  g.fillStyle(0x000000, 0.3).fillRoundedRect(x, y, o.width, h, 10);
  if (hot) {
    g.lineStyle(3, 0xffd23f);
    for (let i = 0; i < 8; i++) {
      const a = (i * Math.PI) / 4;
      g.lineBetween(
        x + 24 * u + Math.cos(a) * 11 * u,
        cy + Math.sin(a) * 11 * u,
        x + 24 * u + Math.cos(a) * 16 * u,
        cy + Math.sin(a) * 16 * u,
      );
    }
    g.fillStyle(0xffd23f).fillCircle(x + 24 * u, cy, 8 * u);
  } else {
    g.fillStyle(0xd6e4f0)
      .fillCircle(x + 18 * u, cy + 3 * u, 8 * u)
      .fillCircle(x + 28 * u, cy - 2 * u, 10 * u)
      .fillCircle(x + 36 * u, cy + 4 * u, 7 * u);
  }
  const temp = parts.add(
    scene.add
      .text(
        x + 48 * u,
        cy,
        t('tasks.toiletsWater.temperature', { temperature: v.temperatureC }),
        textStyle(18, u, { fontStyle: 'bold', color: hot ? '#ffd23f' : '#ffffff' }),
      )
      .setOrigin(0, 0.5),
  );
  const visitors = parts.add(
    scene.add
      .text(
        temp.x + temp.width + 22 * u,
        cy,
        t('tasks.toiletsWater.visitors', { visitors: v.visitors }),
        textStyle(16, u),
      )
      .setOrigin(0, 0.5),
  );
  if (v.danceEvent) {
    const bx = visitors.x + visitors.width + 20 * u;
    const badge = parts.add(
      scene.add
        .text(
          bx,
          cy,
          `♪ ${t('tasks.toiletsWater.danceEvent')}`,
          textStyle(15, u, {
            fontStyle: 'bold',
            color: '#1d1140',
            backgroundColor: '#ff4fa3',
            padding: { x: 8, y: 3 },
          }),
        )
        .setOrigin(0, 0.5),
    );
    badge.setX(Math.min(bx, x + o.width - badge.width - 6));
  }
  return h;
}
