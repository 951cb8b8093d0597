// Removes what a visitor's play left in the browser's storage (kioskTrace says what): the
// visitor's localStorage keys, sessionStorage, and every IndexedDB database but the outbox.
import { playDatabases, playStorageKeys } from '../../core/kiosk/kioskTrace';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Someone still holds it open: it goes as soon as they close it.
    request.onblocked = () => resolve();
  });
}

/** Wipes the storage at once; the databases are gone when the promise settles. */
export function wipePlayTraces(): Promise<void> {
  try {
    for (const key of playStorageKeys(Object.keys(localStorage))) localStorage.removeItem(key);
    sessionStorage.clear();
  } catch {
    // No storage at all: nothing was kept either.
  }
  if (!('databases' in indexedDB)) return Promise.resolve();
  return indexedDB
    .databases()
    .then((dbs) =>
      Promise.all(playDatabases(dbs.flatMap((db) => (db.name ? [db.name] : []))).map(deleteDatabase)),
    )
    .then(() => undefined)
    .catch(() => undefined);
}
