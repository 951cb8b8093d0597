// The leaderboard's backdrop, drawn in SVG: a row of stage lights whose soft beams sway slowly
// (the sway stops with prefers-reduced-motion, see leaderboard.css).
import { svg } from '../dashboard/dom/h';

const COLOURS = ['#ff4fa3', '#ffd23f', '#4fd1ff', '#8c6cff', '#5eea8f', '#ff8a3d'];

export function festivalLights(): SVGElement {
  const beams = COLOURS.map((colour, i) => {
    const x = 160 + i * 320;
    return svg(
      'g',
      { class: `beam b${i % 3}`, style: `transform-origin: ${x}px 0px` },
      svg('polygon', {
        points: `${x - 18},0 ${x + 18},0 ${x + 190},1080 ${x - 190},1080`,
        fill: `url(#beam-${i})`,
      }),
      svg('circle', { cx: x, cy: 8, r: 22, fill: colour }),
    );
  });
  const gradients = COLOURS.map((colour, i) =>
    svg(
      'linearGradient',
      { id: `beam-${i}`, x1: 0, y1: 0, x2: 0, y2: 1 },
      svg('stop', { offset: 0, 'stop-color': colour, 'stop-opacity': 0.24 }),
      svg('stop', { offset: 1, 'stop-color': colour, 'stop-opacity': 0 }),
    ),
  );
  return svg(
    'svg',
    {
      class: 'lb-lights',
      viewBox: '0 0 1920 1080',
      preserveAspectRatio: 'xMidYMid slice',
      'aria-hidden': 'true',
    },
    svg('defs', {}, gradients),
    beams,
  );
}
