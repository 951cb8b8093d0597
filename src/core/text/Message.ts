// A piece of text for a person: a translation key with named values, or a text that a
// level file carries in all three languages. Core never holds readable text itself.
import type { LocalizedText } from '../levels/LocalizedText';

export type Message = { key: string; values?: Record<string, string | number> } | { text: LocalizedText };

export const msg = (key: string, values?: Record<string, string | number>): Message =>
  values ? { key, values } : { key };

export const levelText = (text: LocalizedText): Message => ({ text });
