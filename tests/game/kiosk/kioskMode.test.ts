// Kiosk mode starts only with a plausible event token in the address.
import { describe, expect, it } from 'vitest';
import { kioskTokenFrom } from '../../../src/game/kiosk/kioskMode';

describe('kioskTokenFrom', () => {
  it('reads the token from ?kiosk=', () => {
    expect(kioskTokenFrom('?kiosk=27H_4jm8abcdefghijklmnop&test')).toBe('27H_4jm8abcdefghijklmnop');
  });

  it('is null for the normal game, an empty or a too short token', () => {
    expect(kioskTokenFrom('?test')).toBeNull();
    expect(kioskTokenFrom('?kiosk=')).toBeNull();
    expect(kioskTokenFrom('?kiosk=short')).toBeNull();
    expect(kioskTokenFrom(`?kiosk=${'x'.repeat(101)}`)).toBeNull();
  });
});
