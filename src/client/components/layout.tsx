/**
 * The frame around every page: skip link, header with the office and language switch,
 * the main navigation, the page itself and the footer.
 */
import { Paragraph, SkipLink } from '@utrecht/component-library-react';
import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { blockIds } from '../../core/blocks.ts';
import { useContent, useT } from '../i18n/locale-context.tsx';
import { parsePath } from '../../core/locale-paths.ts';
import { useOfficeProfile } from '../storage/personal-data-context.tsx';
import { AppLink } from './app-link.tsx';
import { describeOffice } from './office-description.ts';

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const content = useContent();
  return (
    <div className="app-page">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <AppLink page="" className="app-logo" aria-label={t('app.homeLink')}>
            <span className="app-logo__name">{content.site.name}</span>
            <span className="app-logo__tagline">{content.site.tagline}</span>
          </AppLink>
          <div className="app-header__tools">
            <OfficeStatus />
            <LanguageSwitch />
          </div>
        </div>
        <MainNavigation />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>{children}</Suspense>
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <Paragraph>{t('footer.privacy')}</Paragraph>
          <nav aria-label={t('footer.label')}>
            <ul className="app-footer__links">
              <li>
                <AppLink page="achtergrond">{t('nav.background')}</AppLink>
              </li>
              <li>
                <AppLink page="mijn-gegevens">{t('nav.myData')}</AppLink>
              </li>
              <li>
                <AppLink page="meer-weten">{t('nav.support')}</AppLink>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}

function MainNavigation() {
  const t = useT();
  const content = useContent();
  const item = (page: string, label: string) => (
    <li key={page}>
      <AppLink page={page} variant="nav">
        {label}
      </AppLink>
    </li>
  );
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul className="app-nav__list">
        {blockIds.map((id) =>
          item(id, content.blocks.blocks.find((block) => block.id === id)?.title ?? id),
        )}
        {item('achtergrond', t('nav.background'))}
        {item('meer-weten', t('nav.support'))}
        {item('mijn-gegevens', t('nav.myData'))}
      </ul>
    </nav>
  );
}

function OfficeStatus() {
  const t = useT();
  const content = useContent();
  const profile = useOfficeProfile();
  return (
    <p className="app-office">
      {profile ? (
        <>
          <span>{t('office.current', { office: describeOffice(profile, content) })}</span>{' '}
          <AppLink page="ambt">{t('office.change')}</AppLink>
        </>
      ) : (
        <>
          <span>{t('office.none')}</span> <AppLink page="ambt">{t('office.choose')}</AppLink>
        </>
      )}
    </p>
  );
}

function LanguageSwitch() {
  const t = useT();
  const [location] = useLocation();
  const { locale, page } = parsePath(location);
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <AppLink
      page={page}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t('lang.switchLabel')}
      className="app-lang"
    >
      {t('lang.switch')}
    </AppLink>
  );
}
