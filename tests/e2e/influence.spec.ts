/**
 * Block 3 "Wie/wat beïnvloedt jou?" by keyboard: a map of eight entries, its signals, a
 * node's details from the picture and from the table, reordering, the three-perspectives
 * exercise and the culture scan; axe in Dutch and English; the map at 375 px and 400% zoom.
 */
import type { Page } from '@playwright/test';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { content } from '../support/content.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import { choose, press, say, tick, typeInto } from '../support/keyboard.ts';
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  tabTo,
  test,
} from './fixtures.ts';

interface Person {
  label: string;
  category: string;
  ring: string;
  influence: string;
  ties: string[];
  flags: string[];
}

const people: Person[] = [
  {
    label: 'Partner',
    category: 'partner-en-familie',
    ring: '1',
    influence: 'medium',
    ties: ['support'],
    flags: [],
  },
  {
    label: 'Fractievoorzitter',
    category: 'partij-en-fractie',
    ring: '1',
    influence: 'high',
    ties: ['advice', 'pressure'],
    flags: [],
  },
  {
    label: 'Wethouder A',
    category: 'college-en-collega-bestuurders',
    ring: '2',
    influence: 'medium',
    ties: ['advice'],
    flags: [],
  },
  {
    label: 'Projectontwikkelaar',
    category: 'ondernemers',
    ring: '3',
    influence: 'high',
    ties: ['interest'],
    flags: ['gift', 'pending-decision'],
  },
  {
    label: 'Lokale krant',
    category: 'media',
    ring: '3',
    influence: 'medium',
    ties: ['pressure'],
    flags: [],
  },
  {
    label: 'Buurtvereniging',
    category: 'inwoners-en-achterban',
    ring: '2',
    influence: 'low',
    ties: ['support'],
    flags: [],
  },
  {
    label: 'Oud-collega',
    category: 'vrienden',
    ring: '2',
    influence: 'low',
    ties: ['dependency'],
    flags: ['financial'],
  },
  {
    label: 'Facebookgroep 😡',
    category: 'online-en-sociale-media',
    ring: '3',
    influence: 'medium',
    ties: ['pressure'],
    flags: [],
  },
];

/** Adds one person to the map with the keyboard only. */
async function addByKeyboard(page: Page, locale: Locale, person: Person) {
  const influence = content[locale].influence;
  const name = (list: ReadonlyArray<{ id: string; name: string }>, id: string) =>
    list.find((item) => item.id === id)!.name;
  const t = (id: MessageId) => say(locale, id);
  const main = page.getByRole('main');
  await press(page, main.getByRole('button', { name: t('influence.map.add') }));
  const form = main.getByRole('form');
  await expect(form.getByRole('heading', { name: t('influence.map.addHeading') })).toBeFocused();
  await typeInto(
    page,
    form.getByRole('textbox', { name: t('influence.field.label') }),
    person.label,
  );
  await typeInto(
    page,
    form.getByRole('combobox', { name: t('influence.field.category') }),
    name(influence.categories, person.category),
  );
  const ringGroup = form.getByRole('group', { name: t('influence.field.ring') });
  await choose(
    page,
    ringGroup,
    influence.rings.findIndex((ring) => ring.id === person.ring),
  );
  const levelGroup = form.getByRole('group', { name: t('influence.field.influence') });
  await choose(
    page,
    levelGroup,
    influence.levels.findIndex((level) => level.id === person.influence),
  );
  for (const tie of person.ties) {
    await tick(
      page,
      form
        .getByRole('group', { name: t('influence.field.ties') })
        .getByRole('checkbox', { name: name(influence.ties, tie) }),
    );
  }
  for (const flag of person.flags) {
    await tick(
      page,
      form
        .getByRole('group', { name: new RegExp(t('influence.field.flags')) })
        .getByRole('checkbox', { name: name(influence.flags, flag) }),
    );
  }
  await press(page, form.getByRole('button', { name: t('form.save') }));
  await expect(main.getByRole('button', { name: t('influence.map.add') })).toBeFocused();
}

test('a map of eight entries by keyboard shows its signals, and a node opens its details from the picture and the table', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const influence = content.nl.influence;
  await page.goto(pathFor(locale, 'wie-wat-beinvloedt-jou'));
  const main = page.getByRole('main');
  await press(page, main.getByRole('link', { name: t('influence.tool.map.title') }));

  // A refused entry first: no tie chosen.
  await press(page, main.getByRole('button', { name: t('influence.map.add') }));
  await press(page, main.getByRole('form').getByRole('button', { name: t('form.save') }));
  await expect(main.getByRole('form').getByRole('alert')).toContainText(t('influence.field.ties'));
  await expectNoAxeViolations(page, 'map form with errors');
  await press(page, main.getByRole('form').getByRole('button', { name: t('form.cancel') }));

  for (const person of people) await addByKeyboard(page, locale, person);
  await expect(main.getByRole('heading', { level: 3 })).toHaveCount(people.length);
  await expectNoAxeViolations(page, 'map with eight entries');

  // Reorder by keyboard: the partner moves down one place and keeps focus.
  const down = main.getByRole('button', {
    name: new RegExp(`^${t('form.moveDown')}\\s*: Partner$`),
  });
  await tabTo(page, down);
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { level: 3 }).nth(1)).toHaveText('Partner');
  await expect(
    main.getByRole('button', { name: new RegExp(`^${t('form.moveDown')}\\s*: Partner$`) }),
  ).toBeFocused();

  // The signals.
  await press(page, main.getByRole('link', { name: t('influence.map.toPicture') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('influence.picture.title'));
  const signals = main.getByRole('region', { name: t('influence.picture.signalsHeading') });
  const title = (id: string) => influence.signals.find((signal) => signal.id === id)!.title;
  for (const id of ['gift-and-decision', 'strong-pressure', 'dependency', 'no-critical-friend']) {
    await expect(signals.getByRole('heading', { name: title(id) })).toBeVisible();
  }
  await expect(signals.getByRole('heading', { name: title('flagged-cluster') })).toHaveCount(0);

  // A node in the picture opens its details by keyboard.
  const node = main.getByRole('button', { name: /^Projectontwikkelaar:/ });
  await tabTo(page, node);
  await page.keyboard.press('Enter');
  const details = main.getByRole('heading', {
    name: t('influence.picture.detailsHeading', { label: 'Projectontwikkelaar' }),
  });
  await expect(details).toBeFocused();
  await expect(
    main.getByRole('region', {
      name: t('influence.picture.detailsHeading', { label: 'Projectontwikkelaar' }),
    }),
  ).toContainText(influence.flags.find((flag) => flag.id === 'gift')!.name);
  await expectNoAxeViolations(page, 'picture with details');

  // And from the table.
  await press(
    page,
    main.getByRole('button', {
      name: new RegExp(`^${t('influence.picture.showDetails')}\\s*: Oud-collega$`),
    }),
  );
  await expect(
    main.getByRole('heading', {
      name: t('influence.picture.detailsHeading', { label: 'Oud-collega' }),
    }),
  ).toBeFocused();

  // Usable on a phone and at 400% zoom (1280 px / 4 = 320 px).
  for (const width of [375, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoHorizontalOverflow(page, `picture at ${width} px`);
    const box = await main.locator('svg.app-map').boundingBox();
    expect(box!.width).toBeGreaterThan(width - 60);
  }
});

test('the three perspectives and the culture scan, by keyboard, in English with axe', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const locale = 'en';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const influence = content.en.influence;
  const culture = content.en.culture;
  const main = page.getByRole('main');

  await page.goto(pathFor(locale, 'wie-wat-beinvloedt-jou/perspectieven'));
  await press(page, main.getByRole('button', { name: t('influence.perspectives.add') }));
  const form = main.getByRole('form');
  await typeInto(
    page,
    form.getByRole('textbox', { name: t('influence.perspectives.field.title') }),
    'Sale of the old school building',
  );
  const texts: Record<string, string> = {
    decision: 'The council decides on selling the old school to a developer.',
    financial: 'Revenue for the municipality; the developer profits.',
    electoral: 'Residents want a community centre.',
    ethical: 'Was the sale open to everyone?',
    conclusion: 'Ask for an open tender before I decide.',
  };
  for (const step of influence.perspectives.steps) {
    await typeInto(
      page,
      form.getByRole('textbox', { name: new RegExp(`^${step.title}`) }),
      texts[step.id]!,
    );
  }
  await press(page, form.getByRole('button', { name: t('form.save') }));
  await expect(
    main.getByRole('heading', { name: 'Sale of the old school building' }),
  ).toBeVisible();
  await expect(main).toContainText(texts.conclusion!);
  await expectNoAxeViolations(page, 'perspectives (en)');

  await page.goto(pathFor(locale, 'wie-wat-beinvloedt-jou/cultuurscan'));
  for (const [index, item] of culture.items.entries()) {
    await choose(
      page,
      main.getByRole('group', {
        name: new RegExp(item.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      }),
      index % 3 === 0 ? 0 : 3,
    );
  }
  await expect(
    main.getByText(
      t('influence.culture.progress', {
        responded: culture.items.length,
        shown: culture.items.length,
      }),
    ),
  ).toBeVisible();
  const table = main.getByRole('table', { name: t('influence.culture.tableCaption') });
  await expect(table.getByRole('row')).toHaveCount(culture.dimensions.length + 1);
  await expect(table).not.toContainText('—');
  await expectNoAxeViolations(page, 'culture scan (en)');

  await page.goto(pathFor(locale, 'wie-wat-beinvloedt-jou/regels'));
  const prompt = influence.unwrittenRules.prompts[0]!;
  await typeInto(
    page,
    main.getByRole('textbox', {
      name: new RegExp(prompt.question.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    }),
    'Time goes to the loudest voices.',
  );
  await expect(
    main.getByText(
      t('influence.rules.progress', {
        answered: 1,
        total: influence.unwrittenRules.prompts.length,
      }),
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'unwritten rules (en)');

  await page.goto(pathFor(locale, 'wie-wat-beinvloedt-jou'));
  await expect(
    main.getByText(
      t('influence.tool.culture.status', {
        responded: culture.items.length,
        shown: culture.items.length,
      }),
    ),
  ).toBeVisible();
});
