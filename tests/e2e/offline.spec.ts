/**
 * The installable offline app: after a first visit the service worker has cached the whole
 * toolkit, so with the network gone a user can still open pages, choose an office and fill in
 * and save a step of the self-test. A newer version waits until the user chooses to reload.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { pathFor } from '../../src/core/locale-paths.ts';
import { content } from '../support/content.ts';
import { chooseOffice, press, say } from '../support/keyboard.ts';
import { answerScreenByKeyboard } from '../support/self-test.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });
// The update test changes the served worker; the two tests must not overlap.
test.describe.configure({ mode: 'serial' });

/** Waits until the service worker has cached everything and controls the page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

test('after the first visit, the toolkit works offline: a self-test step is filled in, saved and resumed', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
    return (await fetch(link.href)).json();
  });
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toContain('512x512');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await chooseOffice(page, 'nl', 'Gemeente', 'Wethouder');
  await page.goto(pathFor('nl', 'wie-ben-jij'));
  const main = page.getByRole('main');
  await press(page, main.getByRole('button', { name: say('nl', 'selfTest.start') }));
  const [first, second] = content.nl.selftest.themes;
  await expect(main.getByRole('heading', { level: 2, name: first!.title })).toBeVisible();
  const answered = await answerScreenByKeyboard(page, (index) => index % 5);
  expect(answered).toBeGreaterThan(0);
  await press(page, main.getByRole('button', { name: say('nl', 'selfTest.next') }));
  await expect(main.getByRole('heading', { level: 2, name: second!.title })).toBeVisible();
  await expectNoAxeViolations(page, 'self-test offline');

  // Still offline: a reload comes from the cache and the saved answers are there.
  await page.reload();
  await expect(main.getByRole('heading', { level: 2, name: second!.title })).toBeVisible();
  await page.goto(pathFor('nl', 'mijn-gegevens'));
  await expect(main).toContainText('Wethouder');
  await expect(main).toContainText('een test die nog bezig is');
});

test('a newer version is announced and used only when the user reloads', async ({ page }) => {
  await page.goto(pathFor('en', 'achtergrond'));
  await waitForOfflineReady(page);
  const notice = page.getByText(say('en', 'app.update.text'));
  await expect(notice).toBeHidden();

  // A new deployment: the server now sends a different worker.
  const file = 'dist/client/sw.js';
  const original = await readFile(file, 'utf8');
  try {
    await writeFile(file, `${original}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect(notice).toBeVisible();
    await expectNoAxeViolations(page, 'update notice');
    await page.getByRole('button', { name: say('en', 'app.update.reload') }).click();
    await page.waitForEvent('load');
    await expect(notice).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    await writeFile(file, original);
  }
});
