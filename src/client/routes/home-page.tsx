/** Home: what the toolkit is, who it is for, the five blocks and the privacy promise. */
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../components/app-link.tsx';
import { describeOffice } from '../components/office-description.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { SectionView } from '../components/section-view.tsx';
import { useContent, useT } from '../i18n/locale-context.tsx';
import { useOfficeProfile } from '../storage/personal-data-context.tsx';

export default function HomePage() {
  const t = useT();
  const content = useContent();
  const profile = useOfficeProfile();
  const { home, privacy } = content.site;
  return (
    <>
      <PageHeading>{home.heading}</PageHeading>
      <Paragraph lead>{home.lead}</Paragraph>

      <section aria-labelledby="start" className="app-callout">
        <Heading2 id="start">{t('home.start')}</Heading2>
        <Paragraph>
          {profile
            ? t('home.startCurrent', { office: describeOffice(profile, content) })
            : t('home.startText')}
        </Paragraph>
        <AppLink page="ambt" variant="button">
          {profile ? t('office.change') : t('office.choose')}
        </AppLink>
      </section>

      <section aria-labelledby="blocks">
        <Heading2 id="blocks">{t('home.blocksHeading')}</Heading2>
        <ol className="app-cards">
          {content.blocks.blocks.map((block, index) => (
            <li key={block.id} className="app-card">
              <Heading3>
                <span className="app-card__number">{index + 1}. </span>
                <AppLink page={block.id}>{block.title}</AppLink>
              </Heading3>
              <Paragraph>{block.summary}</Paragraph>
              <Paragraph small>{t('home.minutes', { minutes: block.minutes })}</Paragraph>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="sessions" className="app-callout">
        <Heading2 id="sessions">{t('home.sessionsHeading')}</Heading2>
        <Paragraph>{t('home.sessionsText')}</Paragraph>
        <AppLink page="sessie">{t('home.sessionsLink')}</AppLink>
      </section>

      {home.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}

      <section aria-labelledby="privacy" className="app-callout app-callout--privacy">
        <Heading2 id="privacy">{privacy.heading}</Heading2>
        {privacy.paragraphs.map((paragraph) => (
          <Paragraph key={paragraph}>{paragraph}</Paragraph>
        ))}
        <AppLink page="mijn-gegevens">{t('nav.myData')}</AppLink>
      </section>
    </>
  );
}
