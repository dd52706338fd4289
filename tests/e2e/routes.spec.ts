/**
 * Every route in both languages: it renders its own heading in the right language, axe finds
 * no WCAG 2.2 A/AA violation, and nothing overflows on a 375 px phone or at 400% zoom.
 */
import { blockIds } from '../../src/core/blocks.ts';
import { locales } from '../../src/core/locale.ts';
import { content } from '../support/content.ts';
import { readMessages } from '../../build/messages.ts';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test } from './fixtures.ts';

const texts = { nl: readMessages('nl'), en: readMessages('en') };
const message = Object.fromEntries(
  locales.map((locale) => [locale, (id: MessageId) => texts[locale][id]!]),
) as Record<(typeof locales)[number], (id: MessageId) => string>;

const routes = locales.flatMap((locale) => {
  const c = content[locale];
  const t = message[locale];
  return [
    { locale, page: '', heading: c.site.home.heading },
    { locale, page: 'ambt', heading: t('office.title') },
    ...blockIds.map((id) => ({
      locale,
      page: id,
      heading: c.blocks.blocks.find((b) => b.id === id)!.title,
    })),
    { locale, page: 'wie-ben-jij/test', heading: t('selfTest.flowTitle') },
    { locale, page: 'wie-ben-jij/profiel', heading: t('selfTest.profileTitle') },
    { locale, page: 'wie-ben-jij/geschiedenis', heading: t('selfTest.historyTitle') },
    { locale, page: 'wie-ben-jij/hoe-werkt-de-score', heading: t('selfTest.methodTitle') },
    { locale, page: 'wat-draag-je-mee/startpunt', heading: t('carry.startingPoint.title') },
    { locale, page: 'wat-draag-je-mee/register', heading: t('carry.register.title') },
    { locale, page: 'wat-draag-je-mee/belangencheck', heading: t('carry.check.title') },
    { locale, page: 'wat-draag-je-mee/plichten', heading: t('carry.duties.title') },
    { locale, page: 'wat-draag-je-mee/verklaring', heading: t('carry.statement.title') },
    { locale, page: 'wie-wat-beinvloedt-jou/kaart', heading: t('influence.map.title') },
    { locale, page: 'wie-wat-beinvloedt-jou/beeld', heading: t('influence.picture.title') },
    { locale, page: 'wie-wat-beinvloedt-jou/regels', heading: t('influence.rules.title') },
    {
      locale,
      page: 'wie-wat-beinvloedt-jou/perspectieven',
      heading: t('influence.perspectives.title'),
    },
    { locale, page: 'wie-wat-beinvloedt-jou/cultuurscan', heading: t('influence.culture.title') },
    { locale, page: 'wat-kom-je-tegen/scan', heading: t('risk.scan.title') },
    { locale, page: 'wat-kun-je-doen/aanbevelingen', heading: t('act.recommendations.title') },
    { locale, page: 'wat-kun-je-doen/actieplan', heading: t('act.plan.title') },
    { locale, page: 'wat-kun-je-doen/wat-te-doen-als', heading: t('act.guides.title') },
    { locale, page: 'wat-kun-je-doen/dilemmas', heading: t('act.dilemmas.title') },
    { locale, page: 'wat-kun-je-doen/tips', heading: t('act.tips.title') },
    { locale, page: 'wat-kom-je-tegen/risicobeeld', heading: t('risk.picture.title') },
    { locale, page: 'wat-kom-je-tegen/dreiging', heading: t('risk.threats.title') },
    { locale, page: 'wat-kom-je-tegen/veiligheidsplan', heading: t('risk.plan.title') },
    { locale, page: 'wat-kom-je-tegen/incidenten', heading: t('risk.incidents.title') },
    { locale, page: 'wat-kom-je-tegen/media', heading: t('risk.media.title') },
    { locale, page: 'achtergrond', heading: c.background.heading },
    { locale, page: 'meer-weten', heading: c.support.heading },
    { locale, page: 'privacy', heading: c.privacy.heading },
    { locale, page: 'toegankelijkheid', heading: c.accessibility.heading },
    { locale, page: 'mijn-gegevens', heading: t('data.title') },
    { locale, page: 'rapport', heading: t('report.title') },
    { locale, page: 'sessie', heading: t('session.home.title') },
    { locale, page: 'sessie/nieuw', heading: t('session.start.title') },
    { locale, page: 'bestaat-niet', heading: t('notFound.title') },
  ];
});

for (const route of routes) {
  const path = pathFor(route.locale, route.page);
  test(`${path} renders in ${route.locale} without axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    await expect(page.locator('html')).toHaveAttribute('lang', route.locale);
    await expect(page).toHaveTitle(new RegExp(`^${route.heading.replace(/[?()/]/g, '\\$&')}`));
    await expectNoAxeViolations(page, path);
  });

  test(`${path} fits a 375 px phone and 400% zoom, and prints without the frame`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    await expectNoHorizontalOverflow(page, `${path} at 375 px`);
    // 400% zoom of a 1280 px window leaves 320 CSS pixels (WCAG 1.4.10 reflow).
    await page.setViewportSize({ width: 320, height: 256 });
    await expectNoHorizontalOverflow(page, `${path} at 400%`);
    // Printed, the page keeps its heading and drops the frame and the controls.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: message[route.locale]('nav.label') }),
    ).toBeHidden();
    // Roles count only what is shown: no button is left on paper.
    await expect(page.getByRole('button')).toHaveCount(0);
  });
}

test('the language switch keeps the user on the same page', async ({ page }) => {
  await page.goto('/achtergrond');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/achtergrond$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.en.background.heading);
  await page.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }).click();
  await expect(page).toHaveURL(/\/achtergrond$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.nl.background.heading);
});
