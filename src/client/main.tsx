/**
 * Entry point of the browser app. The language's texts and the first page's code and
 * content are fetched in parallel before the first render, so the page appears in one paint
 * (or, for a page rendered at build time, is hydrated without a second round of loading).
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadLocaleBundle } from './i18n/locale-bundle.ts';
import { parsePath } from '../core/locale-paths.ts';
import { registerServiceWorker } from './offline/service-worker.ts';
import { preloadPage } from './pages.tsx';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

const { locale, page } = parsePath(window.location.pathname);
await Promise.all([loadLocaleBundle(locale), preloadPage(page, locale)]);

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// Pages rendered at build time are hydrated; the empty shell (other addresses) is rendered.
if (root.hasChildNodes()) hydrateRoot(root, app);
else createRoot(root).render(app);

// Offline use: only for the built app (the dev server's modules change on every edit).
if (import.meta.env.PROD) registerServiceWorker();
