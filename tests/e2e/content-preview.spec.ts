/**
 * The editors' live preview (`npm run dev:content`) with an organisation overlay: a saved
 * change shows in the browser without a manual reload, and a saved mistake shows the check's
 * error on the page while the page falls back to the national content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { say } from '../support/keyboard.ts';
import { serverFixture, startContentPreview } from '../support/overlay-server.ts';
import { expect, expectNoAxeViolations, test as base } from './fixtures.ts';

// A copy of the example overlay that the test may edit.
const overlay = mkdtempSync(join(tmpdir(), 'weerbaar-preview-e2e-'));
cpSync('examples/gemeente-lindewold', overlay, { recursive: true });
const organisationFile = join(overlay, 'nl', 'organisation.yaml');
const saveName = (name: string) =>
  writeFileSync(
    organisationFile,
    readFileSync(organisationFile, 'utf8').replace(/^name: .*$/m, `name: ${name}`),
  );

const test = base.extend<object, { serverUrl: string }>({
  serverUrl: serverFixture(async () => {
    const server = await startContentPreview(overlay);
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        rmSync(overlay, { recursive: true, force: true });
      },
    };
  }),
  baseURL: async ({ serverUrl }, use) => use(serverUrl),
});

test('a saved overlay file shows at once, and a saved mistake shows its error on the page', async ({
  page,
}) => {
  const localHeading = (organisation: string) =>
    page.getByRole('heading', { name: say('nl', 'local.heading', { organisation }) });
  const panel = page.getByRole('region', { name: /^Content check:/ });

  // The dev server transforms each module on its first request, so the first page is slow.
  await page.goto('/meer-weten');
  await expect(localHeading('Gemeente Lindewold')).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('heading')).toHaveText(/^Content check: no errors/);
  await expectNoAxeViolations(page, 'live preview');

  // Vite sees the save, the check runs again and the page reloads; slow on a busy machine.
  saveName('Gemeente Lindewold-Oost');
  await expect(localHeading('Gemeente Lindewold-Oost')).toBeVisible({ timeout: 30_000 });

  saveName('""');
  await expect(panel.getByRole('heading')).toHaveText(/^Content check: 1 error\(s\)/, {
    timeout: 30_000,
  });
  await expect(panel).toContainText(/nl\/organisation\.yaml:2 {2}name: this text is empty/);
  await expect(panel).toContainText('The overlay is refused; the page shows the national content.');
  // The panel shows before the app has loaded its modules again; give the page its time.
  await expect(page.getByRole('heading', { level: 1, name: 'Meer weten of doen?' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(localHeading('Gemeente Lindewold-Oost')).toHaveCount(0);
});
