/** Shared steps for specs that fill in the self-test. */
import { expect, type Page } from '@playwright/test';
import { tabTo } from '../e2e/fixtures.ts';

/**
 * Answers every statement on the current screen by keyboard: Tab into each radio group (onto
 * its checked option, or its first), Space to check that one, then arrow keys to the option
 * `choose` gives.
 */
export async function answerScreenByKeyboard(page: Page, choose: (index: number) => number) {
  const groups = page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') });
  const count = await groups.count();
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    const radios = group.getByRole('radio');
    const checked = radios.and(page.locator(':checked'));
    await tabTo(page, (await checked.count()) > 0 ? checked : radios.first());
    await page.keyboard.press('Space');
    const current = await radios.evaluateAll((all) =>
      all.findIndex((radio) => radio === document.activeElement),
    );
    const option = choose(index);
    const key = option > current ? 'ArrowRight' : 'ArrowLeft';
    for (let step = 0; step < Math.abs(option - current); step++) await page.keyboard.press(key);
    await expect(radios.nth(option)).toBeChecked();
  }
  return count;
}
