/**
 * The self-test, by keyboard only: as a wethouder and as a raadslid (different statements),
 * resuming after a reload, a second attempt compared with the first, and axe on every
 * screen and result page, in Dutch and English.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { content } from '../support/content.ts';
import { chooseOffice, say } from '../support/keyboard.ts';
import { answerScreenByKeyboard } from '../support/self-test.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import { itemsForOffice } from '../../src/core/self-test.ts';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  tabTo,
  test,
} from './fixtures.ts';

async function completeTest(
  page: Page,
  locale: Locale,
  choose: (screen: number, index: number) => number,
) {
  const main = page.getByRole('main');
  const screens = content![locale].selftest.themes.length;
  for (let screen = 0; screen < screens; screen++) {
    const theme = content![locale].selftest.themes[screen]!;
    await expect(main.getByRole('heading', { level: 2, name: theme.title })).toBeVisible();
    await answerScreenByKeyboard(page, (index) => choose(screen, index));
    await expectNoAxeViolations(page, `self-test screen ${screen + 1} (${locale})`);
    const last = screen === screens - 1;
    await tabTo(
      page,
      main.getByRole('button', { name: say(locale, last ? 'selfTest.finish' : 'selfTest.next') }),
    );
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    say(locale, 'selfTest.profileTitle'),
  );
}

async function startFromBlockPage(page: Page, locale: Locale) {
  await page.goto(pathFor(locale, 'wie-ben-jij'));
  const start = page.getByRole('main').getByRole('button', {
    name: new RegExp(`^(${say(locale, 'selfTest.start')}|${say(locale, 'selfTest.startAgain')})$`),
  });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    say(locale, 'selfTest.flowTitle'),
  );
}

const nl = content.nl.selftest;
test.describe.configure({ timeout: 120_000 });
const onlyFor = (role: 'executive' | 'representative') =>
  nl.items.find((item) => item.roles?.length === 1 && item.roles[0] === role)!;

test('a wethouder completes the self-test by keyboard and sees a full profile', async ({
  page,
}) => {
  await chooseOffice(page, 'nl', 'Gemeente', 'Wethouder');
  await startFromBlockPage(page, 'nl');
  const main = page.getByRole('main');
  expect(itemsForOffice(nl.items, 'wethouder')).toHaveLength(42);
  await completeTest(page, 'nl', (screen, index) => (screen + index) % 5);

  await expect(main).toContainText('Wethouder');
  for (const factor of content.nl.model.factors) {
    await expect(main.getByRole('heading', { level: 2, name: factor.name })).toBeVisible();
  }
  await expect(main.getByRole('img', { name: say('nl', 'selfTest.chartTitle') })).toBeVisible();
  await expect(main.getByRole('table')).toContainText(content.nl.model.factors[0]!.name);
  await expect(main).not.toContainText(say('nl', 'selfTest.insufficient'));
  await expectNoAxeViolations(page, 'profile');

  // On a phone nothing overflows; printed, only the profile itself remains.
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoHorizontalOverflow(page, 'profile at 375 px');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: say('nl', 'nav.label') })).toBeHidden();
  await expect(main.getByRole('button', { name: say('nl', 'selfTest.print') })).toBeHidden();
  await expect(main.getByRole('img', { name: say('nl', 'selfTest.chartTitle') })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });

  // "Mijn gegevens" lists the attempt, and the export file carries it.
  await page.goto(pathFor('nl', 'mijn-gegevens'));
  await expect(page.getByRole('main')).toContainText('Zelftest: 1 afgeronde poging');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: say('nl', 'data.exportButton') }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.data.selfTest.attempts).toHaveLength(1);
  expect(Object.keys(file.data.selfTest.attempts[0].answers)).toHaveLength(42);

  // The method page lists every statement, including the other roles' ones.
  await page.goto(pathFor('nl', 'wie-ben-jij/hoe-werkt-de-score'));
  await expect(page.getByRole('main')).toContainText(onlyFor('executive').text);
  await expect(page.getByRole('main')).toContainText(onlyFor('representative').text);
  await expectNoAxeViolations(page, 'method');
});

test('a raadslid sees representative statements instead of executive ones', async ({ page }) => {
  await chooseOffice(page, 'nl', 'Gemeente', 'Raadslid');
  await startFromBlockPage(page, 'nl');
  const seen: string[] = [];
  for (let screen = 0; screen < nl.themes.length; screen++) {
    // Read the screen only once it shows this screen's theme.
    await expect(
      page.getByRole('heading', { level: 2, name: nl.themes[screen]!.title }),
    ).toBeVisible();
    seen.push((await page.getByRole('main').textContent()) ?? '');
    await answerScreenByKeyboard(page, () => 3);
    const last = screen === nl.themes.length - 1;
    await tabTo(
      page,
      page.getByRole('button', { name: say('nl', last ? 'selfTest.finish' : 'selfTest.next') }),
    );
    await page.keyboard.press('Enter');
  }
  const all = seen.join(' ');
  expect(all).toContain(onlyFor('representative').text);
  expect(all).not.toContain(onlyFor('executive').text);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    say('nl', 'selfTest.profileTitle'),
  );
});

test('the test resumes after a reload, and a second attempt can be compared with the first', async ({
  page,
}) => {
  await chooseOffice(page, 'nl', 'Provincie', 'Statenlid');
  await startFromBlockPage(page, 'nl');
  await answerScreenByKeyboard(page, () => 1);
  await page.getByRole('button', { name: say('nl', 'selfTest.next') }).click();
  await expect(page.getByRole('heading', { level: 2, name: nl.themes[1]!.title })).toBeVisible();
  await answerScreenByKeyboard(page, () => 2);
  await expect(page.getByText(/14 van 42/)).toBeVisible();

  // Close and come back: same screen, same answers.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: nl.themes[1]!.title })).toBeVisible();
  await expect(page.getByText(/14 van 42/)).toBeVisible();
  await page.goto(pathFor('nl', 'wie-ben-jij'));
  await expect(page.getByRole('main')).toContainText('14 van 42');
  await page
    .getByRole('main')
    .getByRole('link', { name: say('nl', 'selfTest.continue') })
    .click();
  for (let screen = 1; screen < nl.themes.length; screen++) {
    await expect(
      page.getByRole('heading', { level: 2, name: nl.themes[screen]!.title }),
    ).toBeVisible();
    await answerScreenByKeyboard(page, () => (screen === 1 ? 2 : 1));
    const last = screen === nl.themes.length - 1;
    await page
      .getByRole('button', { name: say('nl', last ? 'selfTest.finish' : 'selfTest.next') })
      .click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    say('nl', 'selfTest.profileTitle'),
  );

  // Second attempt, answering "helemaal eens" everywhere.
  await startFromBlockPage(page, 'nl');
  await completeTest(page, 'nl', () => 4);

  await page.goto(pathFor('nl', 'wie-ben-jij/geschiedenis'));
  const main = page.getByRole('main');
  await expect(main.getByRole('listitem')).toHaveCount(2);
  const comparison = main.getByRole('table');
  await expect(comparison).toBeVisible();
  await expect(comparison.getByRole('row')).toHaveCount(7);
  await expectNoAxeViolations(page, 'history with comparison');

  // Delete the older attempt: comparing is no longer possible.
  await main
    .getByRole('button', { name: /Verwijder poging/ })
    .last()
    .click();
  await main.getByRole('button', { name: say('nl', 'selfTest.deleteYes') }).click();
  await expect(main.getByRole('listitem')).toHaveCount(1);
  await expect(main).toContainText(say('nl', 'selfTest.compareNeedsTwo'));
});

test('the self-test works in English, with axe on every screen', async ({ page }) => {
  const body = content.en.offices.bodies.find((each) => each.id === 'waterschap')!.name;
  const office = content.en.offices.offices.find((each) => each.id === 'dijkgraaf')!.name;
  await chooseOffice(page, 'en', body, office);
  await startFromBlockPage(page, 'en');
  // Includes "not applicable" (option 5) now and then.
  await completeTest(page, 'en', (screen, index) => (index + screen) % 6);
  await expect(page.getByRole('main')).toContainText(content.en.model.factors[0]!.name);
  await expectNoAxeViolations(page, 'profile (en)');
  await page.goto(pathFor('en', 'wie-ben-jij/geschiedenis'));
  await expect(page.getByRole('main')).toContainText(say('en', 'selfTest.compareNeedsTwo'));
  await expectNoAxeViolations(page, 'history (en)');
});
