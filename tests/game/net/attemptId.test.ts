// Attempt ids are version-4 UUIDs the server accepts, made without crypto.randomUUID.
import { describe, expect, it } from 'vitest';
import { attemptSubmissionSchema } from '../../../src/client/contract/attemptContract';
import { newAttemptId } from '../../../src/game/net/attemptId';

describe('newAttemptId', () => {
  it('makes distinct version-4 UUIDs that pass the attempt contract', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newAttemptId()));
    expect(ids.size).toBe(200);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [first = ''] = ids;
    const parsed = attemptSubmissionSchema.safeParse({
      attemptId: first,
      levelId: 'schoolfuif',
      levelVersion: 1,
      taskId: 'sound-barrier',
      seed: 1,
      answer: null,
      hintsUsed: 0,
      timeMs: 1000,
      clientCreatedAt: new Date(0).toISOString(),
    });
    expect(parsed.success).toBe(true);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    expect(newAttemptId((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newAttemptId((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });
});
