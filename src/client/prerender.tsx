/**
 * Build-time rendering of the toolkit's pages to HTML (see build/prerender-pages.ts), so a
 * first visit shows the page before any script has run. The browser then hydrates it.
 * Personal data is never part of it: pages render their "loading" state for it, as the
 * browser does on its first render.
 */
import { prerender } from 'react-dom/static';
import { Router } from 'wouter';
import { parsePath } from '../core/locale-paths.ts';
import { App } from './app.tsx';
import { loadLocaleBundle } from './i18n/locale-bundle.ts';
import { pagePaths, preloadPage, prerenderedPaths } from './pages.tsx';

export { pagePaths, prerenderedPaths };

/** The HTML inside #root for an address such as '/achtergrond' or '/en'. */
export async function renderPageHtml(path: string): Promise<string> {
  const { locale, page } = parsePath(path);
  await Promise.all([loadLocaleBundle(locale), preloadPage(page, locale)]);
  const render = async () => {
    const { prelude } = await prerender(
      <Router ssrPath={path}>
        <App />
      </Router>,
      // Never split a large page into streamed parts: those need inline scripts.
      { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
    );
    return new Response(prelude).text();
  };
  // The first pass resolves the lazy page components; the second renders with nothing left
  // to wait for, so the HTML holds no placeholders or inline scripts (the CSP forbids them).
  await render();
  const html = await render();
  if (/<script|<template/.test(html))
    throw new Error(`Prerendered ${path} contains streaming placeholders`);
  return html;
}
