/**
 * Block 4 "Wat kom je tegen?" by keyboard: the scan as a wethouder of a rural municipality and
 * as a Statenlid, the risk picture, the exposure check and safety plan, two incidents logged
 * and exported; refused input that loses nothing; axe in every state, in Dutch and English.
 */
import { readFile } from 'node:fs/promises';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { content } from '../support/content.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import { choose, chooseOffice, press, say, tick, typeInto } from '../support/keyboard.ts';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.ts';

const officeName = (locale: Locale, id: string) =>
  content[locale].offices.offices.find((office) => office.id === id)!.name;
const bodyName = (locale: Locale, id: string) =>
  content[locale].offices.bodies.find((body) => body.id === id)!.name;

test('a wethouder of a rural municipality scans, sees the picture, builds a safety plan and logs two incidents, by keyboard', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const risks = content.nl.risks;
  const safety = content.nl.safety;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await chooseOffice(page, locale, bodyName(locale, 'gemeente'), officeName(locale, 'wethouder'));
  const main = page.getByRole('main');

  // The scan: holiday parks and empty farm buildings in the area, enforcement in the portfolio.
  await page.goto(pathFor(locale, 'wat-kom-je-tegen'));
  await press(page, main.getByRole('link', { name: t('risk.tool.scan.title') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('risk.scan.title'));
  const feature = (id: string) => risks.features.find((entry) => entry.id === id)!.name;
  const process = (id: string) => risks.processes.find((entry) => entry.id === id)!.name;
  await tick(page, main.getByRole('checkbox', { name: feature('vakantieparken'), exact: true }));
  await tick(
    page,
    main.getByRole('checkbox', { name: feature('leegstaande-agrarische-gebouwen'), exact: true }),
  );
  await tick(page, main.getByRole('checkbox', { name: process('handhaving'), exact: true }));
  await expectNoAxeViolations(page, 'scan');

  // The picture ranks the holiday-park domain first, high, with its reasons and signals.
  await press(page, main.getByRole('link', { name: t('risk.scan.toPicture') }));
  const picture = main.getByRole('list', { name: t('risk.picture.listLabel') });
  const first = picture.getByRole('listitem').first();
  const domain = risks.domains.find((entry) => entry.id === 'vakantieparken')!;
  await expect(first.getByRole('heading', { level: 3 }).first()).toHaveText(domain.title);
  await expect(first).toContainText(t('risk.level.high'));
  await expect(first).toContainText(feature('vakantieparken'));
  await press(page, first.getByText(t('risk.picture.more', { title: domain.title })));
  await expect(first.getByText(domain.signals[0]!)).toBeVisible();
  await expect(picture).not.toContainText(
    risks.domains.find((entry) => entry.id === 'waterwerken-en-grond')!.title,
  );
  await expectNoAxeViolations(page, 'risk picture');

  // The exposure check: every question answered by keyboard gives a level and where to start.
  await page.goto(pathFor(locale, 'wat-kom-je-tegen/dreiging'));
  for (const [index, question] of safety.questions.entries()) {
    await choose(page, main.getByRole('group', { name: question.question }), index < 3 ? 2 : 0);
  }
  const result = main.getByRole('region', { name: t('risk.threats.resultHeading') });
  await expect(result).toContainText(safety.levels.high);
  await expect(main.getByRole('table')).toContainText(safety.figures.rows[0]!.value);
  await expectNoAxeViolations(page, 'threats');

  // The safety plan starts with the areas the check points to; tick a measure and note it.
  await page.goto(pathFor(locale, 'wat-kom-je-tegen/veiligheidsplan'));
  await expect(main.getByRole('heading', { level: 2 }).first()).toContainText(
    t('risk.plan.priority'),
  );
  const measure = safety.measures[0]!;
  await tick(page, main.getByRole('checkbox', { name: measure.title }));
  await typeInto(
    page,
    main.getByRole('textbox', {
      name: new RegExp(t('risk.plan.note', { measure: measure.title }).replace(/[()?]/g, '.')),
    }),
    'Met de griffier besproken op 1 december',
  );
  await expect(
    main.getByText(t('risk.plan.progress', { done: 1, total: safety.measures.length })),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'safety plan');

  // Two incidents, the first with a future date (refused, nothing lost), then exported.
  await page.goto(pathFor(locale, 'wat-kom-je-tegen/incidenten'));
  const incidents: Array<[string, string, string]> = [
    [
      '2026-11-12',
      'Bedreiging',
      'Man bij de ingang van het gemeentehuis zegt: "Ik weet waar je woont." <script>alert(1)</script>',
    ],
    [
      '2026-10-03',
      'Online intimidatie',
      'Reeks berichten op Facebook na het besluit over de vakantieparken 😡',
    ],
  ];
  for (const [index, [date, kind, description]] of incidents.entries()) {
    await press(page, main.getByRole('button', { name: t('risk.incidents.add') }));
    const form = main.getByRole('form');
    await tabTo(page, form.getByLabel(t('risk.incidents.field.date')));
    await form.getByLabel(t('risk.incidents.field.date')).fill(index === 0 ? '2099-12-31' : date);
    await typeInto(
      page,
      form.getByRole('combobox', { name: t('risk.incidents.field.kind') }),
      kind,
    );
    await typeInto(
      page,
      form.getByRole('textbox', { name: t('risk.incidents.field.description') }),
      description,
    );
    await typeInto(
      page,
      form.getByRole('textbox', { name: t('risk.incidents.field.reportedTo') }),
      'Griffier',
    );
    await choose(
      page,
      form.getByRole('group', { name: t('risk.incidents.field.aangifte') }),
      index === 0 ? 0 : 1,
    );
    await press(page, form.getByRole('button', { name: t('form.save') }));
    if (index === 0) {
      await expect(form.getByRole('alert')).toContainText(t('form.problem.future-date'));
      await expect(
        form.getByRole('textbox', { name: t('risk.incidents.field.description') }),
      ).toHaveValue(description);
      await expectNoAxeViolations(page, 'incident form with an error');
      await form.getByLabel(t('risk.incidents.field.date')).fill(date);
      await press(page, form.getByRole('button', { name: t('form.save') }));
    }
    await expect(main.getByRole('button', { name: t('risk.incidents.add') })).toBeFocused();
  }
  await expect(main.getByText(incidents[0]![2])).toBeVisible();
  const exportButton = main.getByRole('button', { name: t('risk.incidents.export') });
  await tabTo(page, exportButton);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain(t('risk.incidents.overviewTitle'));
  expect(text.indexOf('Online intimidatie')).toBeLessThan(text.indexOf('Bedreiging'));
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toContain(`${t('risk.incidents.field.aangifte')}: ${t('form.yes')}`);
  await expectNoAxeViolations(page, 'incident log');

  // Back on the block page, the panel shows the progress of each part.
  await page.goto(pathFor(locale, 'wat-kom-je-tegen'));
  await expect(main.getByText('1 maatregel genomen')).toBeVisible();
  await expect(main.getByText('2 incidenten')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('a Statenlid scans in English and gets a provincial picture, with axe on every part', async ({
  page,
}) => {
  const locale = 'en';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const risks = content.en.risks;
  await chooseOffice(page, locale, bodyName(locale, 'provincie'), officeName(locale, 'statenlid'));
  const main = page.getByRole('main');
  await page.goto(pathFor(locale, 'wat-kom-je-tegen/scan'));
  const shown = risks.features.filter((feature) => feature.bodies.includes('provincie'));
  await expect(
    main.getByRole('group', { name: t('risk.scan.featuresLegend') }).getByRole('checkbox'),
  ).toHaveCount(shown.length);
  const subsidies = risks.processes.find((entry) => entry.id === 'subsidies')!.name;
  await tick(page, main.getByRole('checkbox', { name: subsidies, exact: true }));
  await tick(page, main.getByRole('checkbox', { name: shown[0]!.name, exact: true }));
  await expectNoAxeViolations(page, 'scan (en)');

  await page.goto(pathFor(locale, 'wat-kom-je-tegen/risicobeeld'));
  const picture = main.getByRole('list', { name: t('risk.picture.listLabel') });
  await expect(
    picture.getByRole('heading', {
      name: risks.domains.find((entry) => entry.id === 'subsidies-en-stichtingen')!.title,
    }),
  ).toBeVisible();
  await expect(picture).not.toContainText(
    risks.domains.find((entry) => entry.id === 'horeca-en-kasintensieve-ondernemingen')!.title,
  );
  await expectNoAxeViolations(page, 'risk picture (en)');

  for (const path of [
    'wat-kom-je-tegen/dreiging',
    'wat-kom-je-tegen/veiligheidsplan',
    'wat-kom-je-tegen/incidenten',
    'wat-kom-je-tegen/media',
  ]) {
    await page.goto(pathFor(locale, path));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `${path} (en)`);
  }
  const scenario = content.en.media.scenarios[0]!;
  await typeInto(
    page,
    main.getByRole('textbox', { name: t('risk.media.reflection', { title: scenario.title }) }),
    'Ask for time and call back.',
  );
  await press(page, main.getByText(t('risk.media.pointers', { title: scenario.title })));
  await expect(main.getByText(scenario.pointers[0]!)).toBeVisible();
  await expectNoAxeViolations(page, 'media with pointers open (en)');
});

test('the incident log refuses very long text and hidden characters, keeps what was typed, and stores nothing invalid', async ({
  page,
}) => {
  const locale = 'nl';
  const t = (id: MessageId) => say(locale, id);
  await page.goto(pathFor(locale, 'wat-kom-je-tegen/incidenten'));
  const main = page.getByRole('main');
  await main.getByRole('button', { name: t('risk.incidents.add') }).click();
  const form = main.getByRole('form');
  await form.getByLabel(t('risk.incidents.field.date')).fill('2026-11-01');
  await form
    .getByRole('combobox', { name: t('risk.incidents.field.kind') })
    .selectOption({ index: 1 });
  const long = 'Lang verhaal. '.repeat(150);
  await form.getByRole('textbox', { name: t('risk.incidents.field.description') }).fill(long);
  await form
    .getByRole('textbox', { name: t('risk.incidents.field.reportedTo') })
    .fill('politie\u202Eeilop');
  await form
    .getByRole('group', { name: t('risk.incidents.field.aangifte') })
    .getByRole('radio')
    .first()
    .check();
  await form.getByRole('button', { name: t('form.save') }).click();
  const summary = form.getByRole('alert');
  await expect(summary).toContainText(t('form.problem.too-long'));
  await expect(summary).toContainText(t('form.problem.control-characters'));
  await expect(
    form.getByRole('textbox', { name: t('risk.incidents.field.description') }),
  ).toHaveValue(long);
  await page.reload();
  await expect(main.getByText(t('risk.incidents.empty'))).toBeVisible();
});
