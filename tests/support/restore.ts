/** Puts personal data on the device the way a user would: importing an export file. */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { createExportFile } from '../../src/core/export-file.ts';
import { pathFor } from '../../src/core/locale-paths.ts';
import type { Locale } from '../../src/core/locale.ts';
import type { PersonalData } from '../../src/core/personal-data.ts';
import { press, say } from './keyboard.ts';

export async function restore(page: Page, locale: Locale, data: PersonalData, path: string) {
  await writeFile(path, JSON.stringify(createExportFile(data, new Date('2026-12-01T12:00:00Z'))));
  await page.goto(pathFor(locale, 'mijn-gegevens'));
  const main = page.getByRole('main');
  await main.getByLabel(say(locale, 'data.importLabel')).setInputFiles(path);
  await press(
    page,
    main.getByRole('button', { name: say(locale, 'data.importButton'), exact: true }),
  );
  await expect(main.getByText(say(locale, 'data.imported'))).toBeVisible();
}
