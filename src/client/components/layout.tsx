/**
 * The frame around every page: skip link, header with the office and language switch,
 * the main navigation, the page itself and the footer.
 */
import { Button, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { blockIds } from '../../core/blocks.ts';
import { useContent, useT, WithMessages } from '../i18n/locale-context.tsx';
import { parsePath } from '../../core/locale-paths.ts';
import { UpdateNotice } from '../offline/update-notice.tsx';
import { useOfficeProfile, usePersonalData } from '../storage/personal-data-context.tsx';
import { AppLink } from './app-link.tsx';
import { describeOffice } from './office-description.ts';
import type { MessageId } from '../i18n/messages.ts';

const UnlockPanel = lazy(() => import('../features/vault/unlock-panel.tsx'));

/** Pages that show no personal data: readable while the vault is locked. */
const readableWhileLocked = new Set([
  'achtergrond',
  'meer-weten',
  'privacy',
  'toegankelijkheid',
  // Group sessions keep nothing in the vault: a participant token and own answers only.
  'sessie',
  'sessie/nieuw',
  'sessie/beheer',
  'sessie/scherm',
  'sessie/doe',
]);

/** The footer's pages about the toolkit itself, with their link texts. */
const footerLinks: [page: string, label: MessageId][] = [
  ['achtergrond', 'nav.background'],
  ['mijn-gegevens', 'nav.myData'],
  ['meer-weten', 'nav.support'],
  ['privacy', 'footer.privacyPage'],
  ['toegankelijkheid', 'footer.accessibility'],
];

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
            <VaultStatus />
            <OfficeStatus />
            <LanguageSwitch />
          </div>
        </div>
        <MainNavigation />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <UpdateNotice />
        <Suspense fallback={<Paragraph>{t('app.loading')}</Paragraph>}>
          <VaultGate>{children}</VaultGate>
        </Suspense>
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <Paragraph>{t('footer.privacy')}</Paragraph>
          <nav aria-label={t('footer.label')}>
            <ul className="app-footer__links">
              {footerLinks.map(([page, label]) => (
                <li key={page}>
                  <AppLink page={page}>{t(label)}</AppLink>
                </li>
              ))}
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

/** While the vault is locked, pages with personal data give way to the unlock panel. */
function VaultGate({ children }: { children: ReactNode }) {
  const { state } = usePersonalData();
  const [location] = useLocation();
  if (state.status !== 'locked' || readableWhileLocked.has(parsePath(location).page)) {
    return children;
  }
  return (
    <WithMessages groups={['vault']}>
      <UnlockPanel />
    </WithMessages>
  );
}

/** A lock button while the vault is open; a short status while it is locked. */
function VaultStatus() {
  const t = useT();
  const { vault, lock } = usePersonalData();
  if (vault.status === 'off') return null;
  if (vault.status === 'locked') return <p className="app-office">{t('app.locked')}</p>;
  return (
    <Button appearance="secondary-action-button" onClick={lock} className="app-lock">
      {t('app.lock')}
    </Button>
  );
}

function OfficeStatus() {
  const t = useT();
  const content = useContent();
  const profile = useOfficeProfile();
  const { state } = usePersonalData();
  if (state.status === 'locked') return null;
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
