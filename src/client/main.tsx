/**
 * Entry point of the browser app. The language's texts and the first page's code and
 * content are fetched in parallel before the first render, so the page appears in one paint.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadLocaleBundle } from './i18n/locale-bundle.ts';
import { parsePath } from '../core/locale-paths.ts';
import { preloadPage } from './pages.tsx';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

const { locale, page } = parsePath(window.location.pathname);
await Promise.all([loadLocaleBundle(locale), preloadPage(page, locale)]);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
