// The colours an avatar can wear; their counts match the core Avatar schema.
import { HAIR_COLOURS, OUTFIT_COLOURS, SKIN_TONES } from '../../core/progress/Avatar';

export const SKIN: readonly number[] = [0xfde0c5, 0xf1c27d, 0xe0ac69, 0xc68642, 0x8d5524, 0x5c3317];
export const HAIR: readonly number[] = [0x1b1b1b, 0x5a3825, 0xa0522d, 0xe6c35c, 0xd94f2b, 0x9b59d0, 0x3ad6e0];
export const OUTFIT: readonly number[] = [
  0xff4fa3, 0x3ad6e0, 0xffd23f, 0x37c871, 0x3b4cca, 0xff8c2b, 0xffffff, 0x24203a,
];

if (SKIN.length !== SKIN_TONES || HAIR.length !== HAIR_COLOURS || OUTFIT.length !== OUTFIT_COLOURS) {
  throw new Error('avatar palettes do not match the Avatar schema');
}

export const colourAt = (list: readonly number[], index: number): number => list[index] ?? list[0] ?? 0;
