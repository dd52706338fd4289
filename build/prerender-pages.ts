/**
 * Renders every fixed page of the toolkit, in Dutch and English, into HTML files in the
 * client build (`achtergrond/index.html`, `en/achtergrond/index.html`, …), so the server
 * sends a complete page on the first request. Runs after both Vite builds (npm run build).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathFor, shellFileName } from '../src/core/locale-paths.ts';
import { locales } from '../src/core/locale.ts';
import { readMessages } from './messages.ts';
import { distDir } from './dist-dir.ts';
import { compressFile } from './precompress.ts';

const clientDir = join(distDir, 'client');
const renderer = (await import(pathToFileURL(resolve(distDir, 'prerender/prerender.js')).href)) as {
  renderPageHtml(path: string): Promise<string>;
  prerenderedPaths: readonly string[];
};

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
const unescapeHtml = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

let written = 0;
for (const locale of locales) {
  const shell = readFileSync(join(clientDir, shellFileName[locale]), 'utf8');
  const titleFormat = readMessages(locale)['app.pageTitle']!;
  for (const page of renderer.prerenderedPaths) {
    const path = pathFor(locale, page);
    const body = await renderer.renderPageHtml(path);
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1]?.replace(/<[^>]+>/g, '');
    if (!heading) throw new Error(`Prerendered ${path} has no h1`);
    const title = titleFormat.replace('{page}', unescapeHtml(heading));
    const html = shell
      .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
      .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
    if (html === shell) throw new Error('The shell has no empty <div id="root"></div>');
    const file = join(clientDir, path === '/' ? '' : path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    compressFile(file);
    written++;
  }
}
console.log(`Prerendered ${written} pages into ${clientDir}.`);
