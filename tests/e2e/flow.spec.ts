/**
 * The whole personal flow, by keyboard only: pick an office, visit each block, export,
 * erase everything, and import the file again. Plus a refused import that changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { content } from '../support/content.ts';
import { readMessages } from '../../build/messages.ts';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures.ts';

const nl = readMessages('nl');
const t = (id: MessageId) => nl[id]!;
const blocks = content.nl.blocks.blocks;

test('pick office, visit every block, export, erase and import: keyboard only', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const main = page.getByRole('main');

  // Skip link first, then the office link in the header.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t('app.skipLink') })).toBeFocused();
  await tabTo(page, page.getByRole('banner').getByRole('link', { name: t('office.choose') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('office.title'));

  // Submitting without choices shows errors, and the summary gets focus.
  await tabTo(page, main.getByRole('button', { name: t('office.save') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(t('office.errorBody'));
  await expectNoAxeViolations(page, 'office form with errors');

  // Body: gemeente, office: wethouder, area: Utrecht, all by keyboard.
  await tabTo(page, main.getByRole('radio', { name: 'Gemeente', exact: true }));
  await page.keyboard.press('Space');
  await expect(main.getByRole('radio', { name: 'Gemeente', exact: true })).toBeChecked();
  await tabTo(page, main.getByRole('radio', { name: 'Raadslid', exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(main.getByRole('radio', { name: 'Wethouder', exact: true })).toBeChecked();
  const area = main.getByRole('combobox');
  await tabTo(page, area);
  await area.selectOption({ label: 'Utrecht' });
  await tabTo(page, main.getByRole('button', { name: t('office.save') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Wethouder, Utrecht');
  await expect(page.getByRole('banner')).toContainText('Wethouder, Utrecht');
  await expectNoAxeViolations(page, 'office saved');

  const panelHeadings: Record<string, string> = {
    'wie-ben-jij': t('selfTest.panelHeading'),
    'wat-draag-je-mee': t('carry.panelHeading'),
    'wie-wat-beinvloedt-jou': t('influence.panelHeading'),
    'wat-kom-je-tegen': t('risk.panelHeading'),
    'wat-kun-je-doen': t('act.panelHeading'),
  };

  // Every block through the main navigation; each shows the chosen office.
  const nav = page.getByRole('navigation', { name: t('nav.label') });
  for (const block of blocks) {
    await tabTo(page, nav.getByRole('link', { name: block.title, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(block.title);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(main).toContainText('Wethouder, Utrecht');
    // Every block shows its tools.
    await expect(main.getByRole('heading', { name: panelHeadings[block.id] })).toBeVisible();
  }

  // My data: the office is listed; export it.
  await tabTo(page, nav.getByRole('link', { name: t('nav.myData') }));
  await page.keyboard.press('Enter');
  await expect(main).toContainText('Wethouder, Utrecht');
  const downloadPromise = page.waitForEvent('download');
  await tabTo(page, main.getByRole('button', { name: t('data.exportButton') }));
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^weerbaar-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = testInfo.outputPath('export.json');
  await download.saveAs(exportPath);
  expect(JSON.parse(readFileSync(exportPath, 'utf8')).data.profile).toEqual({
    office: 'wethouder',
    body: 'gemeente',
    area: { code: 'GM0344', name: 'Utrecht' },
  });

  // Erase everything, with a confirmation step.
  await tabTo(page, main.getByRole('button', { name: t('data.clearButton') }));
  await page.keyboard.press('Enter');
  await expectNoAxeViolations(page, 'erase confirmation');
  await tabTo(page, main.getByRole('button', { name: t('data.clearYes') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(t('data.cleared'));
  await expect(main).toContainText(t('data.storedNothing'));
  await expect(page.getByRole('banner')).toContainText(t('office.none'));

  // Import the exported file again.
  const chooserPromise = page.waitForEvent('filechooser');
  await tabTo(page, main.getByLabel(t('data.importLabel')));
  await page.keyboard.press('Space');
  await (await chooserPromise).setFiles(exportPath);
  await tabTo(page, main.getByRole('button', { name: t('data.importButton'), exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(t('data.imported'));
  await expect(page.getByRole('banner')).toContainText('Wethouder, Utrecht');

  // It survives a reload: it is stored on this device.
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Wethouder, Utrecht');
});

test('a broken or foreign import file changes nothing and says what is wrong', async ({
  page,
}, testInfo) => {
  await page.goto('/ambt');
  const main = page.getByRole('main');
  await main.getByRole('radio', { name: 'Provincie' }).check();
  await main.getByRole('radio', { name: 'Statenlid' }).check();
  await main.getByRole('button', { name: t('office.save') }).click();
  await expect(page.getByRole('banner')).toContainText('Statenlid');

  await page
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('link', { name: t('nav.myData') })
    .click();
  const cases = [
    {
      name: 'broken.json',
      text: '{"format": "weerbaar-personal-data", ',
      expect: 'kon niet gelezen worden',
    },
    { name: 'foreign.json', text: '{"hello": "world"}', expect: 'komt niet van Weerbaar' },
    {
      name: 'tampered.json',
      text: JSON.stringify({
        format: 'weerbaar-personal-data',
        schemaVersion: 1,
        exportedAt: '2026-12-03T10:00:00.000Z',
        data: { profile: { office: 'koning', body: 'gemeente' } },
      }),
      expect: 'profile.office',
    },
  ];
  for (const file of cases) {
    const path = testInfo.outputPath(file.name);
    writeFileSync(path, file.text);
    await main.getByLabel(t('data.importLabel')).setInputFiles(path);
    await main.getByRole('button', { name: t('data.importButton'), exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(t('data.importErrorHeading'));
    await expect(page.getByRole('alert')).toContainText(file.expect);
    await expect(page.getByRole('banner')).toContainText('Statenlid');
  }
  await expectNoAxeViolations(page, 'import error');
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Statenlid');
});
