/**
 * The app: reads the language and page from the address, loads that language's texts, and
 * shows the page inside the layout.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { Suspense, use, useEffect, type ReactElement } from 'react';
import { useLocation } from 'wouter';
import type { Locale } from '../core/locale.ts';
import { Layout } from './components/layout.tsx';
import { loadLocaleBundle } from './i18n/locale-bundle.ts';
import { LocaleProvider } from './i18n/locale-context.tsx';
import { parsePath } from '../core/locale-paths.ts';
import { renderPage } from './pages.tsx';
import { PersonalDataProvider, usePersonalData } from './storage/personal-data-context.tsx';

export function App() {
  const [location] = useLocation();
  const { locale, page } = parsePath(location);
  return (
    <PersonalDataProvider>
      <Suspense fallback={<Paragraph aria-busy="true">…</Paragraph>}>
        <LocalizedSite locale={locale}>{renderPage(page)}</LocalizedSite>
      </Suspense>
    </PersonalDataProvider>
  );
}

/**
 * Marks the document once the page answers input and the stored answers are in: a click on a
 * page rendered at build time before that moment would not reach the app. Tests wait for it.
 */
function ReadyMarker() {
  const { state } = usePersonalData();
  const ready = state.status !== 'loading';
  useEffect(() => {
    if (ready) document.documentElement.dataset.ready = 'true';
  }, [ready]);
  return null;
}

function LocalizedSite({ locale, children }: { locale: Locale; children: ReactElement }) {
  const bundle = use(loadLocaleBundle(locale));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <LocaleProvider bundle={bundle}>
      <ReadyMarker />
      <Layout>{children}</Layout>
    </LocaleProvider>
  );
}
