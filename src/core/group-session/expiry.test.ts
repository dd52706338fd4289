import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expiresAtFrom, isExpired } from './expiry.ts';

describe('session expiry', () => {
  const created = new Date('2026-03-01T10:00:00.000Z');

  it('expires the given number of days after creation, not a moment earlier', () => {
    const expiresAt = expiresAtFrom(created, 30);
    expect(expiresAt.toISOString()).toBe('2026-03-31T10:00:00.000Z');
    expect(isExpired(expiresAt, new Date('2026-03-31T09:59:59.999Z'))).toBe(false);
    expect(isExpired(expiresAt, new Date('2026-03-31T10:00:00.000Z'))).toBe(true);
  });

  it('is live before expiry and expired from then on, for any length (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 200 * 86_400_000 }),
        (days, after) => {
          const expiresAt = expiresAtFrom(created, days);
          const now = new Date(created.getTime() + after);
          expect(isExpired(expiresAt, now)).toBe(after >= days * 86_400_000);
        },
      ),
    );
  });
});
