/**
 * The vault, as a user meets it: turn it on, fill a block, reload into the locked state,
 * unlock; export a sealed file, erase, import it with its passphrase; refuse a wrong passphrase
 * and a changed file without losing anything; lock itself after the chosen idle time. And on
 * the device, IndexedDB holds no readable answer while the vault is on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { MessageId } from '../../src/client/i18n/messages.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import { content } from '../support/content.ts';
import { chooseOffice, press, say, tick, typeInto } from '../support/keyboard.ts';
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test } from './fixtures.ts';

const passphrase = 'paarse fiets onder de brug';
const note = 'Hypotheek bij mijn schoonvader, 40.000 euro';

/** Everything IndexedDB holds for this site, as text. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('weerbaar');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables = [...db.objectStoreNames];
    const rows = await Promise.all(
      tables.map(
        (table) =>
          new Promise<unknown[]>((resolve) => {
            const request = db.transaction(table).objectStore(table).getAll();
            request.onsuccess = () => resolve(request.result);
          }),
      ),
    );
    db.close();
    return JSON.stringify(rows);
  });
}

async function turnOnVault(page: Page, locale: Locale, idleLabel?: string) {
  const t = (id: MessageId) => say(locale, id);
  // Client-side navigation: a full page load would lock an open vault.
  await page
    .getByRole('navigation', { name: t('nav.label') })
    .getByRole('link', { name: t('nav.myData') })
    .click();
  const main = page.getByRole('main');
  const vault = main.getByRole('region', { name: t('data.vault.heading') });
  await typeInto(page, vault.getByLabel(t('data.vault.passphrase'), { exact: true }), 'te kort');
  await typeInto(page, vault.getByLabel(t('data.vault.repeat')), 'te kort');
  await press(page, vault.getByRole('button', { name: t('data.vault.enable') }));
  await expect(vault).toContainText(t('data.vault.tooShort'));

  await vault.getByLabel(t('data.vault.passphrase'), { exact: true }).fill(passphrase);
  await vault.getByLabel(t('data.vault.repeat')).fill(passphrase);
  if (idleLabel) await vault.getByLabel(t('data.vault.idle')).selectOption({ label: idleLabel });
  await press(page, vault.getByRole('button', { name: t('data.vault.enable') }));
  await expect(vault.getByRole('status')).toContainText(t('data.vault.enabled'));
  await expect(page.getByRole('banner').getByRole('button', { name: t('app.lock') })).toBeVisible();
}

async function unlockWith(page: Page, locale: Locale, text: string) {
  const main = page.getByRole('main');
  await typeInto(
    page,
    main.getByRole('textbox', { name: say(locale, 'vault.passphrase'), exact: true }),
    text,
  );
  await page.keyboard.press('Enter');
}

test('with the vault on, a reload locks the data, a wrong passphrase is refused, the right one brings everything back', async ({
  page,
}) => {
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  const weak = content.nl.conditions.conditions.find((entry) => entry.effect === 'weakens')!;
  await chooseOffice(page, locale, 'Gemeente', 'Wethouder');
  await page.goto(pathFor(locale, 'wat-draag-je-mee/startpunt'));
  const main = page.getByRole('main');
  await tick(page, main.getByRole('checkbox', { name: weak.text }));
  const noteField = main.getByRole('textbox', {
    name: t('carry.startingPoint.note', { condition: weak.text }),
  });
  await typeInto(page, noteField, note);
  // Saving follows typing; wait until the whole note is stored.
  await expect.poll(() => storedText(page)).toContain(note);

  await turnOnVault(page, locale);
  await expectNoAxeViolations(page, 'my data with the vault on');
  const sealed = await storedText(page);
  for (const answer of ['Hypotheek', 'schoonvader', 'wethouder', weak.id]) {
    expect(sealed).not.toContain(answer);
  }

  // Still open: what is saved now is sealed too.
  await page.goBack();
  await expect(noteField).toHaveValue(note);
  await noteField.fill(`${note} en een lening`);
  await expect.poll(() => storedText(page)).not.toContain('lening');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('vault.title'));
  await expect(page.getByRole('banner')).toContainText(t('app.locked'));
  await expect(page.getByRole('banner')).not.toContainText('Wethouder');
  await expectNoAxeViolations(page, 'unlock panel');
  await expectNoHorizontalOverflow(page, 'unlock panel');

  // Reading pages stay open while locked.
  await page.goto(pathFor(locale, 'achtergrond'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.nl.background.heading);
  await page.goto(pathFor(locale, 'wat-draag-je-mee/startpunt'));

  await unlockWith(page, locale, 'paarse fiets onder de brug!');
  await expect(main.getByRole('alert')).toContainText(t('vault.wrong'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('vault.title'));

  await unlockWith(page, locale, passphrase);
  await expect(noteField).toHaveValue(`${note} en een lening`);
  await expect(main.getByRole('checkbox', { name: weak.text })).toBeChecked();
  await expect(page.getByRole('banner')).toContainText('Wethouder');

  // Lock by hand from the header.
  await press(page, page.getByRole('banner').getByRole('button', { name: t('app.lock') }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('vault.title'));
});

test('a sealed export is unreadable, needs its passphrase, and a changed file is refused without loss', async ({
  page,
}, testInfo) => {
  const locale = 'en';
  const t = (id: MessageId) => say(locale, id);
  await chooseOffice(page, locale, 'Water board (waterschap)', 'Water board chair (dijkgraaf)');
  await turnOnVault(page, locale);
  const main = page.getByRole('main');

  const downloading = page.waitForEvent('download');
  await press(page, main.getByRole('button', { name: t('data.exportButton') }));
  const exportPath = testInfo.outputPath('sealed.json');
  await (await downloading).saveAs(exportPath);
  await expect(main.getByRole('status').first()).toContainText('encrypted');
  const exported = readFileSync(exportPath, 'utf8');
  expect(exported).not.toContain('dijkgraaf');
  expect(exported).toContain('weerbaar-personal-data-sealed');

  // Erase everything: the vault goes too.
  await press(page, main.getByRole('button', { name: t('data.clearButton') }));
  await press(page, main.getByRole('button', { name: t('data.clearYes') }));
  await expect(page.getByRole('banner')).toContainText(t('office.none'));
  await expect(page.getByRole('banner').getByRole('button', { name: t('app.lock') })).toHaveCount(
    0,
  );

  // A changed file: refused, nothing changes.
  const file = JSON.parse(exported) as { payload: { data: string } };
  const data = file.payload.data;
  file.payload.data = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
  const tamperedPath = testInfo.outputPath('tampered.json');
  writeFileSync(tamperedPath, JSON.stringify(file));
  const importButton = main.getByRole('button', { name: t('data.importButton'), exact: true });
  await main.getByLabel(t('data.importLabel')).setInputFiles(tamperedPath);
  await press(page, importButton);
  await expect(main.getByRole('alert')).toContainText(t('data.importError.needs-passphrase'));
  await typeInto(page, main.getByLabel(t('data.importPassphrase')), passphrase);
  await press(page, importButton);
  await expect(main.getByRole('alert')).toContainText(t('data.importError.sealed-damaged'));
  await expect(page.getByRole('banner')).toContainText(t('office.none'));
  await expectNoAxeViolations(page, 'refused sealed import');

  // The real file with a wrong passphrase, then the right one.
  await main.getByLabel(t('data.importLabel')).setInputFiles(exportPath);
  await main.getByLabel(t('data.importPassphrase')).fill('not my passphrase');
  await press(page, importButton);
  await expect(main.getByRole('alert')).toContainText(t('data.importError.wrong-passphrase'));
  await main.getByLabel(t('data.importPassphrase')).fill(passphrase);
  await press(page, importButton);
  await expect(page.getByRole('status').first()).toContainText(t('data.imported'));
  await expect(page.getByRole('banner')).toContainText('Water board chair');
});

test('the vault changes its passphrase, locks itself after the chosen idle time, and turns off', async ({
  page,
}) => {
  const locale = 'nl';
  const t = (id: MessageId, values?: Record<string, string | number>) => say(locale, id, values);
  await page.clock.install();
  await chooseOffice(page, locale, 'Provincie', 'Statenlid');
  await turnOnVault(page, locale, t('data.vault.idleOption', { minutes: 5 }));
  const main = page.getByRole('main');
  const vault = main.getByRole('region', { name: t('data.vault.heading') });

  await vault.getByLabel(t('data.vault.current')).fill('niet de huidige zin');
  await vault.getByLabel(t('data.vault.new')).fill('een nieuwe wachtwoordzin');
  await vault.getByLabel(t('data.vault.repeat')).fill('een nieuwe wachtwoordzin');
  await press(page, vault.getByRole('button', { name: t('data.vault.change') }));
  await expect(vault.getByRole('alert')).toContainText(t('data.vault.wrongCurrent'));
  await vault.getByLabel(t('data.vault.current')).fill(passphrase);
  await vault.getByLabel(t('data.vault.new')).fill('een nieuwe wachtwoordzin');
  await vault.getByLabel(t('data.vault.repeat')).fill('een nieuwe wachtwoordzin');
  await press(page, vault.getByRole('button', { name: t('data.vault.change') }));
  await expect(vault.getByRole('status')).toContainText(t('data.vault.changed'));

  // Four minutes idle: still open; past five: locked.
  await page.clock.runFor('04:00');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('data.title'));
  await page.clock.runFor('01:05');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('vault.title'));

  await unlockWith(page, locale, passphrase);
  await expect(main.getByRole('alert')).toContainText(t('vault.wrong'));
  await unlockWith(page, locale, 'een nieuwe wachtwoordzin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('data.title'));

  await vault
    .getByLabel(t('data.vault.passphrase'), { exact: true })
    .fill('een nieuwe wachtwoordzin');
  await press(page, vault.getByRole('button', { name: t('data.vault.disable') }));
  await expect(vault.getByRole('status')).toContainText(t('data.vault.disabled'));
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Statenlid');
  expect(await storedText(page)).toContain('statenlid');
});
