// What the start address asks for: a teacher's preview or joining a class.
import { describe, expect, it } from 'vitest';
import { launchRequestOf } from '../../../src/game/net/launchRequest';

describe('launchRequestOf', () => {
  it('reads the preview link of the dashboard and the join link of the class QR code', () => {
    expect(launchRequestOf('?level=schoolfuif&preview=1')).toEqual({
      kind: 'preview',
      levelId: 'schoolfuif',
    });
    expect(launchRequestOf('?join=K7RMXP&test')).toEqual({ kind: 'join', code: 'K7RMXP' });
  });

  it('asks for nothing without both preview parts or a code', () => {
    expect(launchRequestOf('?level=schoolfuif')).toBeNull();
    expect(launchRequestOf('?preview=1')).toBeNull();
    expect(launchRequestOf('?join=')).toBeNull();
    expect(launchRequestOf('')).toBeNull();
  });
});
