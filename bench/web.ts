/**
 * Web bench: builds the app, serves it, and prints for each route the JavaScript and CSS a
 * first visit downloads (gzip -9 sizes of the files requested), then Lighthouse mobile
 * scores for the home page and a block page. Run with `npm run bench:web`.
 *
 * "render JS" counts the scripts requested before the app marks its first page as shown;
 * "after-load JS" adds what loads afterwards without any user action (the storage code).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { firstPageMark } from '../src/client/first-page.ts';
import { chromiumFlags, chromiumPath } from '../tests/support/chromium.ts';

const port = 4310;
const origin = `http://127.0.0.1:${port}`;
const staticDir = 'dist/client';
const resultsDir = 'bench/results';
const routes = [
  '/',
  '/ambt',
  '/wie-ben-jij',
  '/wat-draag-je-mee',
  '/wat-draag-je-mee/belangencheck',
  '/wie-wat-beinvloedt-jou/beeld',
  '/wat-kom-je-tegen/risicobeeld',
  '/achtergrond',
  '/meer-weten',
  '/mijn-gegevens',
  '/en',
];
const lighthouseRoutes = ['/', '/wie-ben-jij'];
const bars = { js: 100, css: 30, performance: 95, accessibility: 100, 'best-practices': 100 };

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const gzipSizes = new Map<string, number>();
function gzipKb(pathname: string): number {
  if (!gzipSizes.has(pathname)) {
    gzipSizes.set(pathname, gzipSync(readFileSync(join(staticDir, pathname)), { level: 9 }).length);
  }
  return gzipSizes.get(pathname)! / 1024;
}

async function startServer() {
  // Node itself (not npx) so that kill() stops the server and no stale one keeps the port.
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'weerbaar-bench-')),
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('The server did not start');
}

async function measureBundles() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const rows = [];
  for (const route of routes) {
    const page = await browser.newPage();
    await page.goto(`${origin}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    // Files requested before the app marked its first page as shown were needed to render it.
    const { shownAt, files } = await page.evaluate((mark) => {
      const shown = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        shownAt: shown,
        files: resources
          .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))
          .filter((entry) => /\.(js|css)$/.test(entry.path)),
      };
    }, firstPageMark);
    const sum = (filter: (file: { path: string; startTime: number }) => boolean) =>
      files.filter(filter).reduce((total, file) => total + gzipKb(file.path), 0);
    rows.push({
      route,
      renderJs: sum((file) => file.path.endsWith('.js') && file.startTime < shownAt),
      afterLoadJs: sum((file) => file.path.endsWith('.js')),
      css: sum((file) => file.path.endsWith('.css')),
    });
    await page.close();
  }
  await browser.close();
  return rows;
}

function ensureLighthouse(): string {
  const bin = 'bench/node_modules/.bin/lighthouse';
  if (!existsSync(bin)) run('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund']);
  return bin;
}

function lighthouse(bin: string, route: string): Record<string, number> {
  const output = join(resultsDir, `lighthouse${route.replaceAll('/', '-') || '-home'}.json`);
  const result = spawnSync(
    bin,
    [
      `${origin}${route}`,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${chromiumFlags.join(' ')}`,
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromiumPath } },
  );
  if (result.status !== 0) throw new Error(`Lighthouse failed for ${route}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: Record<string, { score: number }>;
  };
  return Object.fromEntries(
    Object.entries(report.categories).map(([id, { score }]) => [id, Math.round(score * 100)]),
  );
}

const mark = (ok: boolean) => (ok ? 'ok' : 'OVER BAR');

run('npm', ['run', 'build', '--silent']);
mkdirSync(resultsDir, { recursive: true });
const server = await startServer();
try {
  const bundles = await measureBundles();
  console.log('\nFirst-load JavaScript and CSS per route (KB, gzip -9):');
  console.log('route              render JS   after-load JS   CSS');
  for (const row of bundles) {
    console.log(
      `${row.route.padEnd(18)} ${row.renderJs.toFixed(1).padStart(9)}   ${row.afterLoadJs.toFixed(1).padStart(13)}   ${row.css.toFixed(1).padStart(4)}   ` +
        `${mark(row.renderJs <= bars.js && row.css <= bars.css)}`,
    );
  }

  const bin = ensureLighthouse();
  const scores: Record<string, Record<string, number>> = {};
  console.log('\nLighthouse (mobile, default throttling):');
  for (const route of lighthouseRoutes) {
    scores[route] = lighthouse(bin, route);
    const s = scores[route];
    const ok =
      s.performance! >= bars.performance &&
      s.accessibility! >= bars.accessibility &&
      s['best-practices']! >= bars['best-practices'];
    console.log(
      `${route.padEnd(18)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s['best-practices']}   ${mark(ok)}`,
    );
  }
  writeFileSync(join(resultsDir, 'web.json'), JSON.stringify({ bundles, scores }, null, 2));
  console.log(`\nDetails in ${resultsDir}/.`);
} finally {
  server.kill();
}
