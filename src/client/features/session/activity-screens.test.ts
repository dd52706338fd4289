import { describe, expect, it } from 'vitest';
import { firstOpenScreen, screensByKey, screensOfSize } from './activity-screens.ts';

const items = ['a1', 'a2', 'b1', 'a3', 'c1'].map((id) => ({ id, theme: id[0]! }));

describe('activity screens', () => {
  it('groups by theme in the order themes first appear', () => {
    expect(
      screensByKey(items, (item) => item.theme).map((screen) => [screen.id, screen.items.length]),
    ).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('cuts into screens of a size, the last one shorter', () => {
    expect(screensOfSize(items, 2).map((screen) => screen.items.map((item) => item.id))).toEqual([
      ['a1', 'a2'],
      ['b1', 'a3'],
      ['c1'],
    ]);
  });

  it('resumes at the first screen with an open statement', () => {
    const screens = screensOfSize(items, 2);
    expect(firstOpenScreen(screens, () => false)).toBe(0);
    expect(firstOpenScreen(screens, (id) => ['a1', 'a2'].includes(id))).toBe(1);
    expect(firstOpenScreen(screens, () => true)).toBe(2);
  });
});
