// Colours and type for the whole game: a festive night palette, or a high-contrast palette
// built on the Okabe-Ito colours that colour-blind players can tell apart. Sizes follow the
// window and the text-size setting.
import { settings } from '../state/Settings';

export interface Palette {
  background: number;
  ground: number;
  panel: number;
  panelEdge: number;
  text: string;
  textDim: string;
  accent: number;
  accentText: string;
  button: number;
  buttonHover: number;
  focus: number;
  good: number;
  bad: number;
  warn: number;
  star: number;
  locked: number;
}

const FESTIVE: Palette = {
  background: 0x1d1140,
  ground: 0x2b1a5c,
  panel: 0x2a1858,
  panelEdge: 0x8c6cff,
  text: '#ffffff',
  textDim: '#d6ccff',
  accent: 0xff4fa3,
  accentText: '#ffffff',
  button: 0x5b3cc4,
  buttonHover: 0x7352e0,
  focus: 0xffd23f,
  good: 0x37c871,
  bad: 0xff5a5a,
  warn: 0xffb020,
  star: 0xffd23f,
  locked: 0x6d6390,
};

const HIGH_CONTRAST: Palette = {
  background: 0x000000,
  ground: 0x1a1a1a,
  panel: 0x000000,
  panelEdge: 0xffffff,
  text: '#ffffff',
  textDim: '#ffffff',
  accent: 0xe69f00,
  accentText: '#000000',
  button: 0x0072b2,
  buttonHover: 0x1a8fd6,
  focus: 0xf0e442,
  good: 0x56b4e9,
  bad: 0xe69f00,
  warn: 0xf0e442,
  star: 0xf0e442,
  locked: 0x888888,
};

export const palette = (): Palette => (settings().highContrast ? HIGH_CONTRAST : FESTIVE);

export const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

/** Width kept free at the top right for the HTML toolbar. */
export const TOOLBAR_PX = 260;

export const FONT_FAMILY = '"Trebuchet MS", "Segoe UI", system-ui, sans-serif';

/** How much bigger than the 1280x720 design the window is (between 0.8 and 1.5). */
export function uiScale(widthPx: number, heightPx: number): number {
  return Math.min(1.5, Math.max(0.8, Math.min(widthPx / 1280, heightPx / 720)));
}

/** A font size in pixels for a design size, following the window and the text-size setting. */
export function fontPx(designPx: number, scale: number): number {
  return Math.round(designPx * scale * settings().textScale);
}

export function textStyle(
  designPx: number,
  scale: number,
  extra: Phaser.Types.GameObjects.Text.TextStyle = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${fontPx(designPx, scale)}px`,
    color: palette().text,
    ...extra,
  };
}
