/**
 * Block 2 "Wat draag je mee?" by keyboard: fill the register (with refused input first),
 * add a decision, see the flag and its advice, tick duties and download the draft statement;
 * the duties per office; hostile text shown as text; axe in every state, in Dutch and English.
 */
import { readFile } from 'node:fs/promises';
import { choose, chooseOffice, press, say, typeInto } from '../support/keyboard.ts';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { content } from '../support/content.ts';
import { dutiesFor } from '../../src/core/legal-duties.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  tabTo,
  test,
} from './fixtures.ts';

test('a wethouder fills the register, sees a flag with advice, ticks duties and downloads the statement, by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const locale = 'nl';
  const nl = content.nl;
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await chooseOffice(
    page,
    locale,
    'Gemeente',
    nl.offices.offices.find((o) => o.id === 'wethouder')!.name,
  );

  // The block page lists the tools; open the register by keyboard.
  await page.goto(pathFor(locale, 'wat-draag-je-mee'));
  const main = page.getByRole('main');
  await press(page, main.getByRole('link', { name: t('carry.tool.register.title') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('carry.register.title'));

  // An empty form is refused with a summary naming each field; nothing is stored.
  const sideJobs = main.getByRole('region', { name: t('carry.register.sideJobs.heading') });
  await press(page, sideJobs.getByRole('button', { name: t('carry.register.sideJobs.add') }));
  const form = sideJobs.getByRole('form', { name: t('carry.register.sideJobs.addHeading') });
  await expect(
    form.getByRole('heading', { name: t('carry.register.sideJobs.addHeading') }),
  ).toBeFocused();
  await press(page, form.getByRole('button', { name: t('form.save') }));
  const summary = form.getByRole('alert');
  await expect(summary).toContainText(t('carry.field.role'));
  await expect(summary.getByRole('link')).toHaveCount(4);
  await expectNoAxeViolations(page, 'register form with errors');

  // A text that is too long keeps what was typed, with a message at the field.
  const role = form.getByRole('textbox', { name: t('carry.field.role') });
  await role.focus();
  await page.keyboard.type('Lid raad van commissarissen');
  await typeInto(
    page,
    form.getByRole('textbox', { name: t('carry.field.organisation') }),
    'x'.repeat(121),
  );
  await press(page, form.getByRole('button', { name: t('form.save') }));
  await expect(form.getByText(t('form.problem.too-long')).first()).toBeVisible();
  await expect(role).toHaveValue('Lid raad van commissarissen');
  const organisation = form.getByRole('textbox', { name: t('carry.field.organisation') });
  await organisation.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Woonstichting Thuis');
  await typeInto(page, form.getByRole('combobox', { name: t('carry.field.sector') }), 'Wonen');
  await choose(page, form.getByRole('group', { name: t('carry.field.paid') }), 0);
  await tabTo(page, form.getByLabel(t('carry.field.since'), { exact: false }));
  await form.getByLabel(t('carry.field.since'), { exact: false }).fill('2021-05-01');
  await press(page, form.getByRole('button', { name: t('form.save') }));
  await expect(main.getByRole('status').first()).toContainText(
    t('form.saved', { name: 'Lid raad van commissarissen, Woonstichting Thuis' }),
  );
  await expect(
    sideJobs.getByRole('button', { name: t('carry.register.sideJobs.add') }),
  ).toBeFocused();

  // A gift dated in the future is refused; the other answers stay.
  const gifts = main.getByRole('region', { name: t('carry.register.gifts.heading') });
  await press(page, gifts.getByRole('button', { name: t('carry.register.gifts.add') }));
  const giftForm = gifts.getByRole('form');
  await typeInto(
    page,
    giftForm.getByRole('combobox', { name: t('carry.field.giftKind') }),
    'Uitnodiging',
  );
  await tabTo(page, giftForm.getByLabel(t('carry.field.date')));
  await giftForm.getByLabel(t('carry.field.date')).fill('2099-01-01');
  await typeInto(
    page,
    giftForm.getByRole('textbox', { name: t('carry.field.from') }),
    'Bouwbedrijf Van Dijk B.V.',
  );
  await typeInto(
    page,
    giftForm.getByRole('textbox', { name: t('carry.field.giftDescription') }),
    'Kaarten voor de voetbalfinale 🎟️',
  );
  await typeInto(page, giftForm.getByRole('textbox', { name: t('carry.field.value') }), '180');
  await choose(page, giftForm.getByRole('group', { name: t('carry.field.accepted') }), 0);
  await choose(page, giftForm.getByRole('group', { name: t('carry.field.reported') }), 1);
  await press(page, giftForm.getByRole('button', { name: t('form.save') }));
  await expect(giftForm.getByRole('alert')).toContainText(t('form.problem.future-date'));
  await expect(giftForm.getByRole('textbox', { name: t('carry.field.from') })).toHaveValue(
    'Bouwbedrijf Van Dijk B.V.',
  );
  await giftForm.getByLabel(t('carry.field.date')).fill('2026-11-20');
  await press(page, giftForm.getByRole('button', { name: t('form.save') }));
  await expect(
    gifts.getByRole('heading', { name: /Kaarten voor de voetbalfinale 🎟️/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'register filled');

  // The conflict check: the portfolio area "Wonen" flags the board seat.
  await page.goto(pathFor(locale, 'wat-draag-je-mee/belangencheck'));
  const rules = Object.fromEntries(nl.portfolio.rules.map((rule) => [rule.id, rule.title]));
  const steps = Object.fromEntries(nl.portfolio.steps.map((step) => [step.id, step.title]));
  const wonen = main.getByRole('checkbox', { name: 'Wonen', exact: true });
  await tabTo(page, wonen);
  await page.keyboard.press('Space');
  await expect(wonen).toBeChecked();
  const findings = main.getByRole('region', { name: t('carry.check.findingsHeading') });
  await expect(findings.getByRole('heading', { name: rules['sector-of-portfolio'] })).toBeVisible();

  // An upcoming decision with the gift's giver as a party makes a serious flag.
  await press(page, main.getByRole('button', { name: t('carry.check.decisionAdd') }));
  const decisionForm = main.getByRole('form');
  await typeInto(
    page,
    decisionForm.getByRole('textbox', { name: t('carry.field.decisionTitle') }),
    'Bestemmingsplan Stationsgebied',
  );
  await typeInto(
    page,
    decisionForm.getByRole('combobox', { name: t('carry.field.area') }),
    'Ruimtelijke ordening',
  );
  await tabTo(
    page,
    decisionForm.getByRole('textbox', { name: new RegExp(t('carry.field.parties')) }),
  );
  await page.keyboard.type('Projectbureau Noord');
  await page.keyboard.press('Enter');
  await page.keyboard.type('bouwbedrijf van dijk');
  await press(page, decisionForm.getByRole('button', { name: t('form.save') }));
  const serious = findings
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: rules['gift-from-decision-party'] }) });
  await expect(serious).toContainText(t('common.severity.high'));
  await expect(serious).toContainText('bouwbedrijf van dijk');
  await expect(serious).toContainText(steps['decline-gift']!);
  await expect(findings.getByRole('status')).toContainText(
    `1 ${t('common.severity.high').toLowerCase()}`,
  );
  await expectNoAxeViolations(page, 'conflict check with findings');

  // Duties of a wethouder: tick one by keyboard.
  await page.goto(pathFor(locale, 'wat-draag-je-mee/plichten'));
  const duties = dutiesFor('wethouder');
  await expect(main.getByRole('checkbox')).toHaveCount(duties.length);
  const vog = nl.duties.duties.find((duty) => duty.id === 'vog')!;
  const vogBox = main.getByRole('checkbox', { name: vog.title });
  await tabTo(page, vogBox);
  await page.keyboard.press('Space');
  await expect(vogBox).toBeChecked();
  await expect(
    main.getByText(t('carry.duties.progress', { done: 1, total: duties.length })),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'duties');

  // The draft statement downloads as a text file with the side position in it.
  await page.goto(pathFor(locale, 'wat-draag-je-mee/verklaring'));
  await expect(main.locator('pre')).toContainText(
    'Lid raad van commissarissen – Woonstichting Thuis – bezoldigd',
  );
  const downloadButton = main.getByRole('button', { name: t('carry.statement.download') });
  await tabTo(page, downloadButton);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^opgave-nevenfuncties-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('Opgave nevenfuncties');
  expect(text).toContain(
    'Lid raad van commissarissen – Woonstichting Thuis – bezoldigd – sinds 1 mei 2021',
  );
  await expectNoAxeViolations(page, 'statement');

  // Everything is still there after a reload, and the panel shows how far the user is.
  await page.goto(pathFor(locale, 'wat-draag-je-mee'));
  await expect(
    main.getByText(t('carry.tool.duties.status', { done: 1, total: duties.length })),
  ).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('the starting point keeps marks and notes, refuses an overlong note without losing it, and sums up', async ({
  page,
}) => {
  const locale = 'en';
  const en = content.en.conditions;
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  await page.goto(pathFor(locale, 'wat-draag-je-mee/startpunt'));
  const main = page.getByRole('main');
  const weak = en.conditions.find((condition) => condition.effect === 'weakens')!;
  const strong = en.conditions.find((condition) => condition.effect === 'strengthens')!;
  for (const condition of [weak, strong]) {
    const box = main.getByRole('checkbox', { name: condition.text });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const note = main.getByRole('textbox', {
    name: t('carry.startingPoint.note', { condition: weak.text }),
  });
  await tabTo(page, note);
  await page.keyboard.type('Mortgage 😬 <script>alert(1)</script>');
  await expectNoAxeViolations(page, 'starting point with a note');

  // Too long: a message, the text stays, and the last valid note is what is saved.
  await note.fill('y'.repeat(1001));
  await expect(main.getByText(t('form.problem.too-long'))).toBeVisible();
  await expect(note).toHaveValue('y'.repeat(1001));
  await note.fill('Mortgage 😬 <script>alert(1)</script>');

  const overview = main.getByRole('region', { name: t('carry.startingPoint.overview') });
  await expect(overview.getByRole('listitem').filter({ hasText: strong.text })).toHaveCount(1);
  await expect(overview).toContainText(weak.watch!);
  await expect(overview).toContainText('Mortgage 😬 <script>alert(1)</script>');

  await page.reload();
  await expect(main.getByRole('checkbox', { name: weak.text })).toBeChecked();
  await expect(
    main.getByRole('textbox', { name: t('carry.startingPoint.note', { condition: weak.text }) }),
  ).toHaveValue('Mortgage 😬 <script>alert(1)</script>');
  await expectNoHorizontalOverflow(page, 'starting point');
});

for (const [office, body, reference] of [
  ['statenlid', 'provincie', 'Provinciewet'],
  ['ab-lid', 'waterschap', 'Waterschapswet'],
  ['raadslid', 'gemeente', 'Gemeentewet'],
] as const) {
  test(`the duties of a ${office} name the ${reference}, in English, without axe violations`, async ({
    page,
  }) => {
    const en = content.en;
    const bodyName = en.offices.bodies.find((candidate) => candidate.id === body)!.name;
    const officeName = en.offices.offices.find((candidate) => candidate.id === office)!.name;
    await chooseOffice(page, 'en', bodyName, officeName);
    await page.goto(pathFor('en', 'wat-draag-je-mee/plichten'));
    const main = page.getByRole('main');
    await expect(main.getByRole('checkbox')).toHaveCount(dutiesFor(office).length);
    const vog = en.duties.duties.find((duty) => duty.id === 'vog')!;
    await expect(main.getByRole('checkbox', { name: vog.title })).toHaveCount(0);
    await expect(main.getByText(reference).first()).toBeVisible();
    await expectNoAxeViolations(page, `duties of ${office}`);
  });
}

test('the register and check work on a 320 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(pathFor('nl', 'wat-draag-je-mee/register'));
  const main = page.getByRole('main');
  await main.getByRole('button', { name: say('nl', 'carry.register.closeTies.add') }).click();
  await expectNoHorizontalOverflow(page, 'register form');
  await page.goto(pathFor('nl', 'wat-draag-je-mee/belangencheck'));
  await expectNoHorizontalOverflow(page, 'conflict check');
});
