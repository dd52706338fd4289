/**
 * Block 5 "Wat kun je doen?": with answers from blocks 1–4 (restored from an export file, as a
 * user would), the recommendations name what led to them; three actions go into the plan and
 * out as a calendar file; two guides walked to the end as a wethouder and as an AB-lid show
 * different contacts; three dilemmas answered. Keyboard only; axe in Dutch and English.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { gatherInputs } from '../../src/client/features/act/recommendation-inputs.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { PersonalData } from '../../src/core/personal-data.ts';
import { recommendTips } from '../../src/core/recommendations.ts';
import { content } from '../support/content.ts';
import { choose, chooseOffice, press, say } from '../support/keyboard.ts';
import { restore } from '../support/restore.ts';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.ts';

/** A wethouder who filled in blocks 1–4: weak boundaries, a board seat in their own portfolio. */
const seeded: PersonalData = {
  profile: { office: 'wethouder', body: 'gemeente' },
  selfTest: {
    attempts: [
      {
        id: 'a1',
        completedAt: '2026-11-30T20:00:00.000Z',
        office: 'wethouder',
        answers: {},
        scores: {
          kompas: 80,
          grenzen: 35,
          draagkracht: 70,
          netwerk: 55,
          openheid: 78,
          standvastigheid: 82,
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
  riskScan: { features: ['vakantieparken'], processes: ['handhaving'] },
  safety: { exposure: { 'adres-vindbaar': 'yes', 'omstreden-dossiers': 'yes' }, measures: {} },
};

test('the recommendations follow the answers of blocks 1–4; three actions go into the plan and out as .ics', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  await restore(page, locale, seeded, testInfo.outputPath('seed.json'));
  const main = page.getByRole('main');

  await page.goto(pathFor(locale, 'wat-kun-je-doen'));
  await press(page, main.getByRole('link', { name: t('act.tool.recommendations.title') }));
  const { inputs } = gatherInputs(seeded, content.nl.conditions.conditions);
  const expected = recommendTips(content.nl.tips.tips, inputs);
  const list = main.getByRole('list', { name: t('act.recommendations.listLabel') });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(
    expected.map(({ tip }) => tip.title),
  );
  const grenzen = content.nl.model.factors.find((factor) => factor.id === 'grenzen')!.name;
  const conflictTitle = content.nl.portfolio.rules.find(
    (rule) => rule.id === 'sector-of-portfolio',
  )!.title;
  await expect(list).toContainText(grenzen);
  await expect(list).toContainText(conflictTitle);
  await expect(
    main.getByRole('region', { name: t('act.recommendations.missingHeading') }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'recommendations');

  for (const { tip } of expected.slice(0, 3)) {
    await press(
      page,
      main
        .getByRole('button', { name: new RegExp(`^${t('act.recommendations.add')}\\s*: `) })
        .first(),
    );
    await expect(main.getByRole('status').first()).toContainText(tip.title);
  }

  // Give the first action a date by keyboard, then export the calendar file.
  await page.goto(pathFor(locale, 'wat-kun-je-doen/actieplan'));
  const first = expected[0]!.tip.title;
  await press(
    page,
    main.getByRole('button', {
      name: new RegExp(`^${t('form.edit')}\\s*: ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    }),
  );
  const form = main.getByRole('form');
  await tabTo(page, form.getByLabel(new RegExp(t('act.plan.field.due'))));
  await form.getByLabel(new RegExp(t('act.plan.field.due'))).fill('2027-03-15');
  await choose(page, form.getByRole('group', { name: t('act.plan.field.status') }), 1);
  await press(page, form.getByRole('button', { name: t('form.save') }));
  await expectNoAxeViolations(page, 'action plan');
  const exportButton = main.getByRole('button', { name: t('act.plan.export') });
  await tabTo(page, exportButton);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([first]);
  expect(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
});

test('a guide walked to the end names other contacts for a wethouder than for an AB-lid', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const guides = content.nl.guides;
  const main = page.getByRole('main');
  const office = (id: string) =>
    content.nl.offices.offices.find((candidate) => candidate.id === id)!.name;
  const body = (id: string) =>
    content.nl.offices.bodies.find((candidate) => candidate.id === id)!.name;

  async function walk(guideIndex: number): Promise<string[]> {
    await page.goto(pathFor(locale, 'wat-kun-je-doen/wat-te-doen-als'));
    const guide = guides.guides[guideIndex]!;
    await press(page, main.getByRole('button', { name: guide.title, exact: true }));
    await expect(main.getByRole('heading', { name: guide.title, level: 2 })).toBeFocused();
    for (const question of guide.questions) {
      await choose(
        page,
        main.getByRole('group', { name: question.text }),
        question.options.length - 1,
      );
    }
    await expect(main.getByRole('status').filter({ hasText: /stap/ })).toBeVisible();
    const steps = main.getByRole('list', { name: t('act.guides.stepsHeading') });
    await expect(steps.getByRole('listitem').first()).toBeVisible();
    return steps.locator('.app-contacts strong').allTextContents();
  }

  await chooseOffice(page, locale, body('gemeente'), office('wethouder'));
  const wethouder = [...(await walk(0)), ...(await walk(2))];
  await expectNoAxeViolations(page, 'guide as wethouder');
  await chooseOffice(page, locale, body('waterschap'), office('ab-lid'));
  const abLid = [...(await walk(0)), ...(await walk(2))];
  await expectNoAxeViolations(page, 'guide as AB-lid');
  expect(wethouder.length).toBeGreaterThan(0);
  expect(abLid.length).toBeGreaterThan(0);
  expect(new Set(wethouder)).not.toEqual(new Set(abLid));
  expect(wethouder.some((name) => !abLid.includes(name))).toBe(true);
});

test('three dilemmas answered by keyboard show their considerations, in English with axe', async ({
  page,
}) => {
  const locale = 'en';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  await page.goto(pathFor(locale, 'wat-kun-je-doen/dilemmas'));
  const main = page.getByRole('main');
  await expectNoAxeViolations(page, 'dilemmas (en)');
  for (const dilemma of content.en.dilemmas.dilemmas.slice(0, 3)) {
    const card = main.getByRole('article', { name: dilemma.title });
    await choose(page, card.getByRole('group', { name: t('act.dilemmas.question') }), 1);
    await press(
      page,
      card.getByRole('button', { name: new RegExp(`^${t('act.dilemmas.choose')}\\s*:`) }),
    );
    await expect(
      card.getByRole('heading', { name: t('act.dilemmas.considerations') }),
    ).toBeFocused();
    await expect(card).toContainText(dilemma.options[1]!.considerations[0]!.text);
    await expect(card).toContainText(t('act.dilemmas.yourChoice'));
  }
  await expect(main.getByText(new RegExp(`, 3 ${'answered'}`))).toBeVisible();
  await expectNoAxeViolations(page, 'dilemmas answered (en)');

  for (const path of [
    'wat-kun-je-doen/aanbevelingen',
    'wat-kun-je-doen/actieplan',
    'wat-kun-je-doen/tips',
    'wat-kun-je-doen/wat-te-doen-als',
  ]) {
    await page.goto(pathFor(locale, path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `${path} (en)`);
  }
});
