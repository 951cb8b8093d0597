// What the kiosk wipes after a play: the visitor's keys and databases go, the device's settings,
// language, event and the outbox of unsent results stay.
import { describe, expect, it } from 'vitest';
import { KIOSK_OUTBOX_DB, playDatabases, playStorageKeys } from '../../../src/core/kiosk/kioskTrace';

describe('kioskTrace', () => {
  it('removes progress, corrupt-save copies and unknown keys, keeps the device keys', () => {
    const keys = [
      'festivalmakers.progress',
      'festivalmakers.progress.corrupt.1700000000000',
      'festivalmakers.settings',
      'festivalmakers.language',
      'festivalmakers.kiosk.event',
      'somethingElse',
    ];
    expect(playStorageKeys(keys)).toEqual([
      'festivalmakers.progress',
      'festivalmakers.progress.corrupt.1700000000000',
      'somethingElse',
    ]);
  });

  it('deletes every database except the kiosk outbox', () => {
    expect(playDatabases(['festivalmakers-results', KIOSK_OUTBOX_DB, 'other'])).toEqual([
      'festivalmakers-results',
      'other',
    ]);
  });
});
