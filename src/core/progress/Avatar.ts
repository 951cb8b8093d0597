// A pupil's avatar: palette indexes for skin, hair and outfit, a hair style and one accessory.
// The game draws it in code from these numbers; the palettes live with the drawing code.
import { z } from 'zod';

export const HAIR_STYLES = ['short', 'long', 'curly', 'bun', 'mohawk', 'none'] as const;
export const ACCESSORIES = ['none', 'cap', 'sunglasses', 'headphones', 'flower', 'bandana'] as const;
/** How many colours each palette offers (the game's palettes have exactly this many). */
export const SKIN_TONES = 6;
export const HAIR_COLOURS = 7;
export const OUTFIT_COLOURS = 8;

export const avatarSchema = z.strictObject({
  skin: z
    .int()
    .min(0)
    .max(SKIN_TONES - 1),
  hairStyle: z.enum(HAIR_STYLES),
  hairColour: z
    .int()
    .min(0)
    .max(HAIR_COLOURS - 1),
  top: z
    .int()
    .min(0)
    .max(OUTFIT_COLOURS - 1),
  bottom: z
    .int()
    .min(0)
    .max(OUTFIT_COLOURS - 1),
  accessory: z.enum(ACCESSORIES),
});
export type Avatar = z.infer<typeof avatarSchema>;

export const DEFAULT_AVATAR: Avatar = {
  skin: 2,
  hairStyle: 'short',
  hairColour: 1,
  top: 0,
  bottom: 4,
  accessory: 'headphones',
};
