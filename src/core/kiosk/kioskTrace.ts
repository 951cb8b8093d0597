// What a visitor's play leaves on a kiosk, and so what the reset wipes: every stored key and
// database of the game except the device's own settings and the outbox of unsent results.

/** localStorage keys that belong to the device, not to a visitor. */
export const KIOSK_DEVICE_KEYS: readonly string[] = [
  'festivalmakers.settings',
  'festivalmakers.language',
  'festivalmakers.kiosk.event',
];

/** The IndexedDB database of the kiosk's unsent results: kept until the server has them. */
export const KIOSK_OUTBOX_DB = 'festivalmakers-kiosk';

/** The localStorage keys to remove after a play (everything except the device's keys). */
export function playStorageKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => !KIOSK_DEVICE_KEYS.includes(key));
}

/** The IndexedDB databases to delete after a play (everything except the kiosk outbox). */
export function playDatabases(names: readonly string[]): string[] {
  return names.filter((name) => name !== KIOSK_OUTBOX_DB);
}
