/**
 * Group sessions: what they are and what is shared, the field for a join code, and the way
 * to start a session as a facilitator.
 */
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../components/app-link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import { JoinCodeForm } from './join-code-form.tsx';

export default function SessionHomePage() {
  const t = useT();
  return (
    <>
      <PageHeading>{t('session.home.title')}</PageHeading>
      <Paragraph lead>{t('session.home.lead')}</Paragraph>

      <section aria-labelledby="join" className="app-section app-callout">
        <Heading2 id="join">{t('session.home.joinHeading')}</Heading2>
        <Paragraph>{t('session.home.joinText')}</Paragraph>
        <JoinCodeForm />
      </section>

      <section aria-labelledby="shared" className="app-section">
        <Heading2 id="shared">{t('session.privacy.heading')}</Heading2>
        <Paragraph>{t('session.privacy.text')}</Paragraph>
        <Paragraph>
          <AppLink page="privacy">{t('session.privacy.link')}</AppLink>
        </Paragraph>
      </section>

      <section aria-labelledby="facilitate" className="app-section">
        <Heading2 id="facilitate">{t('session.home.startHeading')}</Heading2>
        <Paragraph>{t('session.home.startText')}</Paragraph>
        <AppLink page="sessie/nieuw" variant="button">
          {t('session.home.start')}
        </AppLink>
      </section>
    </>
  );
}
