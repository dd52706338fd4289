/**
 * An organisation overlay, end to end: the app built and started with the example overlay of
 * the fictional gemeente Lindewold shows its contacts and links first on the guides and on
 * the Meer weten page, in both languages, with no axe violations.
 */
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { applyOverlay } from '../../src/content/overlay.ts';
import { localFirst } from '../../src/core/guides.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import { content as national } from '../support/content.ts';
import { say } from '../support/keyboard.ts';
import { serverFixture, startOverlayServer } from '../support/overlay-server.ts';
import { expect, expectNoAxeViolations, test as base } from './fixtures.ts';

const overlayFolder = 'examples/gemeente-lindewold';
const overlay = applyOverlay(overlayFolder, national);
if (!overlay.applied) throw new Error(`The example overlay is refused: run content:check`);
const { content } = overlay;

const test = base.extend<object, { serverUrl: string }>({
  serverUrl: serverFixture(() => startOverlayServer(overlayFolder)),
  baseURL: async ({ serverUrl }, use) => use(serverUrl),
});

// One build and one server for both tests.
test.describe.configure({ mode: 'serial' });

test('the guides show the fictional gemeente Lindewold’s contacts and links first', async ({
  page,
}) => {
  const locale: Locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const { guides, organisation } = content[locale];
  await page.goto(pathFor(locale, 'wat-kun-je-doen/wat-te-doen-als'));
  const main = page.getByRole('main');

  const local = main.getByRole('region', {
    name: t('local.heading', { organisation: organisation!.name }),
  });
  await expect(local).toContainText(organisation!.intro);
  const localContacts = local.getByRole('list', { name: t('local.contacts') });
  const expected = localFirst(guides.contacts, organisation!.local.guides).filter((contact) =>
    organisation!.local.guides.includes(contact.id),
  );
  await expect(localContacts.locator('strong')).toHaveText(expected.map((c) => c.name));
  const meldpunt = expected.find((contact) => contact.id === 'meldpunt-lindewold')!;
  await expect(localContacts.getByRole('link', { name: meldpunt.phone })).toHaveAttribute(
    'href',
    `tel:${meldpunt.phone!.replace(/[^0-9+]/g, '')}`,
  );
  const links = local.getByRole('list', { name: t('local.links') });
  for (const link of organisation!.links!) {
    await expect(links.getByRole('link', { name: link.title })).toHaveAttribute('href', link.url);
  }

  // In a step that names a replaced national contact, Lindewold's version stands first.
  const guide = guides.guides.find((candidate) =>
    candidate.steps.some(
      (step) => !step.when && step.contacts?.some((id) => organisation!.local.guides.includes(id)),
    ),
  )!;
  const step = guide.steps.find(
    (candidate) =>
      !candidate.when && candidate.contacts?.some((id) => organisation!.local.guides.includes(id)),
  )!;
  await main.getByRole('button', { name: guide.title, exact: true }).click();
  const stepContacts = main.getByRole('list', {
    name: t('act.guides.contacts', { step: step.title }),
  });
  const firstLocal = localFirst(
    guides.contacts.filter((contact) => step.contacts!.includes(contact.id)),
    organisation!.local.guides,
  )[0]!;
  await expect(stepContacts.locator('strong').first()).toHaveText(firstLocal.name);
  expect(firstLocal.name).toContain('Lindewold');
  await expectNoAxeViolations(page, 'guides with the Lindewold overlay');
});

test('Meer weten lists Lindewold’s contacts before the national ones, in English', async ({
  page,
}) => {
  const locale: Locale = 'en';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const { support, organisation } = content[locale];
  await page.goto(pathFor(locale, 'meer-weten'));
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { name: t('local.heading', { organisation: organisation!.name }) }),
  ).toBeVisible();
  const contacts = main.getByRole('region', { name: t('support.contacts') }).getByRole('article');
  const localNames = organisation!.local.support.map(
    (id) => support.contacts.find((contact) => contact.id === id)!.name,
  );
  const headings = await contacts.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.slice(0, localNames.length)).toEqual(localNames);
  expect(headings).toContain(national.en.support.contacts.at(-1)!.name);
  await expect(contacts.first()).toContainText(
    t('local.badge', { organisation: organisation!.name }),
  );
  await expectNoAxeViolations(page, 'Meer weten with the Lindewold overlay');
});
