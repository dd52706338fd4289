/**
 * The route table. Each language has the same pages under its own prefix; pages load lazily
 * so the first visit downloads only the page it shows.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, use, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { blockIds } from '../core/blocks.ts';
import type { Locale } from '../core/locale.ts';
import { Layout } from './components/layout.tsx';
import { loadLocaleBundle } from './i18n/locale-bundle.ts';
import { LocaleProvider } from './i18n/locale-context.tsx';
import { PersonalDataProvider } from './storage/personal-data-context.tsx';

const HomePage = lazy(() => import('./routes/home-page.tsx'));
const OfficePage = lazy(() => import('./routes/office-page.tsx'));
const BlockPage = lazy(() => import('./routes/block-page.tsx'));
const BackgroundPage = lazy(() => import('./routes/background-page.tsx'));
const SupportPage = lazy(() => import('./routes/support-page.tsx'));
const MyDataPage = lazy(() => import('./routes/my-data-page.tsx'));
const NotFoundPage = lazy(() => import('./routes/not-found-page.tsx'));

export function App() {
  return (
    <PersonalDataProvider>
      <Routes>
        <Route path="/en/*" element={<LocalizedSite locale="en" />} />
        <Route path="/*" element={<LocalizedSite locale="nl" />} />
      </Routes>
    </PersonalDataProvider>
  );
}

function LocalizedSite({ locale }: { locale: Locale }) {
  return (
    <Suspense fallback={<Paragraph aria-busy="true">…</Paragraph>}>
      <LocalizedPages locale={locale} />
    </Suspense>
  );
}

function LocalizedPages({ locale }: { locale: Locale }) {
  const bundle = use(loadLocaleBundle(locale));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <LocaleProvider bundle={bundle}>
      <Layout>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="ambt" element={<OfficePage />} />
          {blockIds.map((id) => (
            <Route key={id} path={id} element={<BlockPage blockId={id} />} />
          ))}
          <Route path="achtergrond" element={<BackgroundPage />} />
          <Route path="meer-weten" element={<SupportPage />} />
          <Route path="mijn-gegevens" element={<MyDataPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Layout>
    </LocaleProvider>
  );
}
