/**
 * The personal report: with answers in every block (restored from an export file), the user
 * picks sections by keyboard and downloads a PDF made in the browser. The PDF is read back
 * with pdf.js: its pages and its text (the user's factor names, register entry, map,
 * risk picture and actions, the date and the toolkit's version).
 */
import type { Page } from '@playwright/test';
import packageJson from '../../package.json' with { type: 'json' };
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { itemsForOffice } from '../../src/core/self-test.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import type { PersonalData } from '../../src/core/personal-data.ts';
import { content } from '../support/content.ts';
import { press, say, tick } from '../support/keyboard.ts';
import { readPdf } from '../support/pdf.ts';
import { restore } from '../support/restore.ts';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.ts';

// Agrees with most statements, so every factor has a score and a band.
const answers = Object.fromEntries(
  itemsForOffice(content.nl.selftest.items, 'wethouder').map((item, index) => [
    item.id,
    index % 3 === 0 ? (2 as const) : (4 as const),
  ]),
);

const seeded: PersonalData = {
  profile: { office: 'wethouder', body: 'gemeente' },
  selfTest: {
    attempts: [
      {
        id: 'a1',
        completedAt: '2026-11-30T20:00:00.000Z',
        office: 'wethouder',
        answers,
        scores: {
          kompas: 70,
          grenzen: 60,
          draagkracht: 70,
          netwerk: 60,
          openheid: 70,
          standvastigheid: 60,
        },
      },
    ],
  },
  register: {
    sideJobs: [
      {
        id: 'rvc',
        organisation: 'Woonstichting Thuis',
        role: 'Commissaris',
        sector: 'wonen',
        paid: true,
      },
    ],
    financialInterests: [],
    closeTies: [],
    gifts: [],
  },
  portfolio: { areas: ['wonen'], decisions: [] },
  influence: {
    entries: [
      {
        id: 'i1',
        label: 'Projectontwikkelaar Bouwkracht',
        category: 'ondernemers',
        ring: '2',
        influence: 'high',
        ties: ['interest'],
        flags: ['pending-decision'],
      },
    ],
  },
  riskScan: { features: ['vakantieparken'], processes: ['handhaving'] },
  safety: { exposure: { 'adres-vindbaar': 'yes' }, measures: {} },
  actionPlan: {
    actions: [{ id: 'x1', title: 'Gesprek met de griffier plannen', status: 'todo' }],
  },
};

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function downloadReport(page: Page, locale: Locale) {
  const main = page.getByRole('main');
  const button = main.getByRole('button', { name: say(locale, 'report.make') });
  await tabTo(page, button);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  await expect(main.getByRole('alert').or(main.locator('.app-status'))).toContainText(
    download.suggestedFilename(),
  );
  return { name: download.suggestedFilename(), path: (await download.path())! };
}

test('a report with every section, chosen and downloaded by keyboard, holds the user’s own answers', async ({
  page,
}, testInfo) => {
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  await restore(page, locale, seeded, testInfo.outputPath('seed.json'));
  await page.goto(pathFor(locale, 'rapport'));
  const main = page.getByRole('main');
  for (const id of ['profile', 'carry', 'influence', 'risk', 'act'] as const) {
    await expect(main.getByRole('checkbox', { name: t(`report.section.${id}`) })).toBeChecked();
  }
  await expectNoAxeViolations(page, 'report');

  const { name, path } = await downloadReport(page, locale);
  expect(name).toMatch(/^weerbaar-rapport-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readPdf(path);
  expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
  for (const factor of content.nl.model.factors) expect(pdf.text).toContain(squeeze(factor.name));
  for (const expected of [
    t('report.section.profile'),
    t('report.section.act'),
    'Woonstichting Thuis',
    'Projectontwikkelaar Bouwkracht',
    content.nl.risks.domains.find((domain) => domain.id === 'vakantieparken')!.title,
    'Gesprek met de griffier plannen',
    packageJson.version,
  ]) {
    expect(pdf.text).toContain(squeeze(expected));
  }
});

test('in English, only the chosen section is in the report', async ({ page }, testInfo) => {
  const locale = 'en';
  const t = (id: MessageId) => say(locale, id);
  await restore(page, locale, seeded, testInfo.outputPath('seed.json'));
  await page.goto(pathFor(locale, 'rapport'));
  const main = page.getByRole('main');
  for (const id of ['carry', 'influence', 'risk', 'act'] as const) {
    await tick(page, main.getByRole('checkbox', { name: t(`report.section.${id}`) }), false);
  }
  await expectNoAxeViolations(page, 'report in English');
  const { name, path } = await downloadReport(page, locale);
  expect(name).toMatch(/^weerbaar-report-/);
  const pdf = await readPdf(path);
  expect(pdf.pageCount).toBe(1);
  for (const factor of content.en.model.factors) expect(pdf.text).toContain(squeeze(factor.name));
  expect(pdf.text).toContain(squeeze(t('report.docTitle')));
  expect(pdf.text).not.toContain(squeeze(t('report.section.influence')));
  expect(pdf.text).not.toContain('WoonstichtingThuis');
});

test('with nothing chosen the report asks for a section and makes no file', async ({
  page,
}, testInfo) => {
  const locale = 'nl';
  await restore(
    page,
    locale,
    { profile: seeded.profile, actionPlan: seeded.actionPlan },
    testInfo.outputPath('seed.json'),
  );
  await page.goto(pathFor(locale, 'rapport'));
  const main = page.getByRole('main');
  // Blocks without answers cannot be chosen.
  await expect(
    main.getByRole('checkbox', { name: say(locale, 'report.section.profile') }),
  ).toBeDisabled();
  await tick(page, main.getByRole('checkbox', { name: say(locale, 'report.section.act') }), false);
  let downloads = 0;
  page.on('download', () => downloads++);
  await press(page, main.getByRole('button', { name: say(locale, 'report.make') }));
  await expect(main.getByText(say(locale, 'report.noneChosen'))).toBeVisible();
  expect(downloads).toBe(0);
});
