// The waste streams of a Flemish festival and the right stream for each item (Fost Plus:
// the new blue P+MD bag takes all plastic packaging since 2021; OVAM for GFT and residual).

export const WASTE_STREAMS = ['pmd', 'paper', 'organic', 'residual', 'glass', 'cups'] as const;
export type WasteStream = (typeof WASTE_STREAMS)[number];

export const WASTE_ITEMS = {
  'water-bottle': 'pmd',
  'drink-can': 'pmd',
  'drink-carton': 'pmd',
  'crisp-bag': 'pmd',
  flyer: 'paper',
  'cardboard-box': 'paper',
  'banana-peel': 'organic',
  'apple-core': 'organic',
  'coffee-grounds': 'organic',
  'cigarette-butt': 'residual',
  'wet-wipe': 'residual',
  'glow-stick': 'residual',
  'glass-bottle': 'glass',
  'glass-jar': 'glass',
  'reusable-cup': 'cups',
} as const satisfies Record<string, WasteStream>;
export type WasteItem = keyof typeof WASTE_ITEMS;
export const WASTE_ITEM_IDS = Object.keys(WASTE_ITEMS) as WasteItem[];

/** The right stream for an item. */
export const streamOf = (item: WasteItem): WasteStream => WASTE_ITEMS[item];
