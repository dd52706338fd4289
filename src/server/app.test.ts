import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { openServerDatabase, sqliteFileName, type ServerDatabase } from './db/database.ts';
import { parseEnv } from './env.ts';

let dir: string;
let database: ServerDatabase;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-app-'));
  const staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  const page = (path: string, html: string) => {
    mkdirSync(join(staticDir, path, '..'), { recursive: true });
    writeFileSync(join(staticDir, path), html);
  };
  page('index.html', '<!doctype html><html lang="nl"><div id="root"><h1>Home</h1></div>');
  page('achtergrond/index.html', '<!doctype html><div id="root"><h1>Achtergrond</h1></div>');
  page('shell.nl.html', '<!doctype html><html lang="nl"><div id="root"></div>');
  page('shell.en.html', '<!doctype html><html lang="en"><div id="root"></div>');
  writeFileSync(
    join(staticDir, 'assets', 'main-abc123.js'),
    'console.log("weerbaar");'.repeat(100),
  );
  writeFileSync(
    join(staticDir, 'assets', 'main-abc123.js.gz'),
    gzipSync('console.log("weerbaar");'.repeat(100)),
  );
  database = await openServerDatabase({ DATA_DIR: join(dir, 'data') });
  app = createApp({ database, staticDir });
});

afterAll(async () => {
  await database.db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('server', () => {
  it('creates the SQLite file on first start and reports health', async () => {
    expect(existsSync(join(dir, 'data', sqliteFileName))).toBe(true);
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      database: 'sqlite',
      pendingMigrations: 0,
    });
  });

  it('reports an unreachable database as 503', async () => {
    const broken = await openServerDatabase({ DATA_DIR: join(dir, 'broken') });
    await broken.db.destroy();
    const response = await createApp({ database: broken, staticDir: join(dir, 'static') }).request(
      '/api/health',
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error' });
  });

  it('sends a strict Content-Security-Policy and security headers on every response', async () => {
    for (const path of ['/', '/api/health', '/assets/main-abc123.js', '/achtergrond']) {
      const response = await app.request(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('caches hashed assets for a year and serves them compressed', async () => {
    const response = await app.request('/assets/main-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the app for every page address, never cached', async () => {
    for (const path of ['/', '/ambt', '/en/mijn-gegevens', '/does-not-exist']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('serves a page rendered at build time, and the shell for other addresses', async () => {
    expect(await (await app.request('/achtergrond')).text()).toContain('<h1>Achtergrond</h1>');
    expect(await (await app.request('/')).text()).toContain('<h1>Home</h1>');
    expect(await (await app.request('/wie-ben-jij/test')).text()).toContain(
      '<div id="root"></div>',
    );
  });

  it('serves each language its own shell', async () => {
    expect(await (await app.request('/wie-ben-jij')).text()).toContain('lang="nl"');
    expect(await (await app.request('/en/wie-ben-jij')).text()).toContain('lang="en"');
    expect(await (await app.request('/en')).text()).toContain('lang="en"');
  });

  it('answers a missing asset with 404, not with the app', async () => {
    const response = await app.request('/assets/gone-123.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('environment', () => {
  it('uses defaults and reads PORT, DATA_DIR and DATABASE_URL', () => {
    expect(parseEnv({})).toMatchObject({ PORT: 8080, DATA_DIR: './data' });
    expect(parseEnv({ PORT: '9000', DATABASE_URL: 'postgres://u@localhost/db' })).toMatchObject({
      PORT: 9000,
      DATABASE_URL: 'postgres://u@localhost/db',
    });
  });

  it('names a wrong variable', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
