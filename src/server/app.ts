/**
 * The HTTP application: security headers and compression on everything, the API under
 * /api, the built toolkit as static files (hashed assets cached for a year) and the
 * toolkit's index.html for every other page address, so deep links work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { parsePath, shellFileName } from '../core/locale-paths.ts';
import type { Locale } from '../core/locale.ts';
import type { ServerDatabase } from './db/database.ts';
import { healthRoutes } from './routes/health/index.ts';
import { securityHeaders } from './security-headers.ts';
import { createSessionService, type SessionService } from './sessions/index.ts';

export interface AppOptions {
  database: ServerDatabase;
  staticDir: string;
  /** Group sessions; made with an in-process change bus when not given. */
  sessions?: SessionService;
}

const immutable = 'public, max-age=31536000, immutable';

export function createApp({ database, staticDir, sessions }: AppOptions) {
  const app = new Hono();
  app.use(securityHeaders());
  app.use(compress());

  const api = new Hono();
  api.route('/health', healthRoutes(database));
  api.route('/sessions', (sessions ?? createSessionService({ database })).routes);
  api.all('*', (c) =>
    c.json({ error: 'not_found', message: 'There is no API route at this address.' }, 404),
  );
  app.route('/api', api);

  app.use('/assets/*', cacheFor(immutable), serveStatic({ root: staticDir, precompressed: true }));
  // A missing asset is a 404, never the app's HTML (a browser would refuse it as a script).
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.use('*', cacheFor('no-cache'), serveStatic({ root: staticDir, precompressed: true }));

  // Every other GET is a page of the single-page app, in the shell of its language;
  // unknown pages show the app's own 404.
  const shells = { nl: readShell(staticDir, 'nl'), en: readShell(staticDir, 'en') };
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(shells[parsePath(c.req.path).locale]);
  });
  app.all('*', (c) => c.text('Method not allowed', 405));
  return app;
}

/** Sets Cache-Control on successful responses of the routes it wraps. */
function cacheFor(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', value);
  };
}

function readShell(staticDir: string, locale: Locale): string {
  try {
    return readFileSync(join(staticDir, shellFileName[locale]), 'utf8');
  } catch {
    throw new Error(`No built app in ${staticDir}: run "npm run build" first.`);
  }
}
