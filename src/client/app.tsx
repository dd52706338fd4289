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
import { PersonalDataProvider } from './storage/personal-data-context.tsx';

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

function LocalizedSite({ locale, children }: { locale: Locale; children: ReactElement }) {
  const bundle = use(loadLocaleBundle(locale));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <LocaleProvider bundle={bundle}>
      <Layout>{children}</Layout>
    </LocaleProvider>
  );
}
