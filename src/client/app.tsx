/**
 * The app: reads the language and page from the address, loads that language's texts, and
 * shows the page inside the layout. Pages load lazily, so a first visit downloads only the
 * page it shows.
 */
import { Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, use, useEffect, type ReactElement } from 'react';
import { useLocation } from 'wouter';
import { blockIds, type BlockId } from '../core/blocks.ts';
import type { Locale } from '../core/locale.ts';
import { Layout } from './components/layout.tsx';
import { loadLocaleBundle } from './i18n/locale-bundle.ts';
import { LocaleProvider } from './i18n/locale-context.tsx';
import { parsePath } from './i18n/paths.ts';
import { PersonalDataProvider } from './storage/personal-data-context.tsx';

const HomePage = lazy(() => import('./routes/home-page.tsx'));
const OfficePage = lazy(() => import('./routes/office-page.tsx'));
const BlockPage = lazy(() => import('./routes/block-page.tsx'));
const BackgroundPage = lazy(() => import('./routes/background-page.tsx'));
const SupportPage = lazy(() => import('./routes/support-page.tsx'));
const MyDataPage = lazy(() => import('./routes/my-data-page.tsx'));
const NotFoundPage = lazy(() => import('./routes/not-found-page.tsx'));

/** The page component for a path after the language prefix ('' is home). */
function pageFor(page: string): ReactElement {
  if (page === '') return <HomePage />;
  if (page === 'ambt') return <OfficePage />;
  if ((blockIds as readonly string[]).includes(page))
    return <BlockPage key={page} blockId={page as BlockId} />;
  if (page === 'achtergrond') return <BackgroundPage />;
  if (page === 'meer-weten') return <SupportPage />;
  if (page === 'mijn-gegevens') return <MyDataPage />;
  return <NotFoundPage />;
}

export function App() {
  const [location] = useLocation();
  const { locale, page } = parsePath(location);
  return (
    <PersonalDataProvider>
      <Suspense fallback={<Paragraph aria-busy="true">…</Paragraph>}>
        <LocalizedSite locale={locale}>{pageFor(page)}</LocalizedSite>
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
