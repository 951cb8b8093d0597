// The device's settings (volumes, mute, text size, reduced motion, high contrast): validated on
// load, remembered in localStorage, and announced to whoever listens when they change.
import { z } from 'zod';

const STORAGE_KEY = 'festivalmakers.settings';

export const TEXT_SCALES = [1, 1.2, 1.4] as const;

export const settingsSchema = z.strictObject({
  musicVolume: z.number().min(0).max(1).default(0.5),
  effectsVolume: z.number().min(0).max(1).default(0.8),
  muted: z.boolean().default(false),
  textScale: z.union([z.literal(1), z.literal(1.2), z.literal(1.4)]).default(1),
  reducedMotion: z.boolean().default(false),
  highContrast: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

function load(): Settings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'));
    if (parsed.success) return parsed.data;
  } catch {
    // Broken settings fall back to the defaults below.
  }
  return settingsSchema.parse({});
}

let current = load();
const listeners = new Set<(settings: Settings) => void>();

export const settings = (): Readonly<Settings> => current;

/** Changes some settings, remembers them and tells every listener. */
export function updateSettings(change: Partial<Settings>): void {
  current = settingsSchema.parse({ ...current, ...change });
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Without storage the settings only last this visit.
  }
  for (const listener of listeners) listener(current);
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
