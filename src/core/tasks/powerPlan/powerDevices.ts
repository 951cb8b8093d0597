// The festival devices a power plan connects, with their typical running draw in watts
// (festival-facts: powered speakers, subwoofers, LED moving heads, fog machines; a food
// truck runs on one 16 A plug).

export const POWER_DEVICE_TYPES = [
  'speaker',
  'subwoofer',
  'moving-head',
  'fog-machine',
  'food-truck',
] as const;
export type PowerDeviceType = (typeof POWER_DEVICE_TYPES)[number];

/** Typical running draw range of each device type, in watts. */
export const DEVICE_DRAW_W: Record<PowerDeviceType, { minW: number; maxW: number }> = {
  speaker: { minW: 250, maxW: 700 },
  subwoofer: { minW: 900, maxW: 2200 },
  'moving-head': { minW: 250, maxW: 900 },
  'fog-machine': { minW: 600, maxW: 1600 },
  'food-truck': { minW: 1500, maxW: 3500 },
};

/** Common rental generator sizes in kVA (festival-facts: 12, 35 and 60 kVA set-ups). */
export const GENERATOR_SIZES_KVA = [3, 5, 8, 10, 12, 15, 20, 25, 30, 35, 45, 60, 80, 100, 150] as const;
