/**
 * Keyboard helpers for e2e specs that fill in the toolkit's forms without a mouse, and the
 * office choice that most block specs start with.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readMessages } from '../../build/messages.ts';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import { tabTo } from '../e2e/fixtures.ts';

const texts = { nl: readMessages('nl'), en: readMessages('en') };

/** An interface text with simple `{name}` values filled in (no plurals). */
export function say(locale: Locale, id: MessageId, values: Record<string, string | number> = {}) {
  return Object.entries(values).reduce(
    (text, [key, value]) => text.replace(`{${key}}`, String(value)),
    texts[locale][id]!,
  );
}

/** Chooses an office on the office page with the mouse (the keyboard flow is tested elsewhere). */
export async function chooseOffice(page: Page, locale: Locale, body: string, office: string) {
  await page.goto(pathFor(locale, 'ambt'));
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: body, exact: true }).check();
  await main.getByRole('radio', { name: office, exact: true }).check();
  await main.getByRole('button', { name: say(locale, 'office.save') }).click();
  await expect(page.getByRole('banner')).toContainText(office);
}

/** Tabs to a field and types into it; a select takes the typed option name. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs onto a button or link and presses Enter. */
export async function press(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs onto a checkbox and ticks it (or, with `checked` false, unticks it) with Space. */
export async function tick(page: Page, checkbox: Locator, checked = true) {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked({ checked });
}

/** Tabs into a radio group and moves with the arrow keys to option `index`. */
export async function choose(page: Page, group: Locator, index: number) {
  const radios = group.getByRole('radio');
  const checked = radios.and(page.locator(':checked'));
  await tabTo(page, (await checked.count()) > 0 ? checked : radios.first());
  await page.keyboard.press('Space');
  const current = await radios.evaluateAll((all) =>
    all.findIndex((radio) => radio === document.activeElement),
  );
  const key = index > current ? 'ArrowRight' : 'ArrowLeft';
  for (let step = 0; step < Math.abs(index - current); step++) await page.keyboard.press(key);
  await expect(radios.nth(index)).toBeChecked();
}
