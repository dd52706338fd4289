/**
 * Meer weten of doen?: support routes and how to ask for training; with an organisation
 * overlay, its own links and contacts come first. This page sends nothing anywhere: it only
 * tells whom to contact and how.
 */
import {
  Alert,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { localFirst } from '../../core/guides.ts';
import { LocalOrganisation } from '../components/local-organisation.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { SectionView } from '../components/section-view.tsx';
import { SourceCitations } from '../components/source-citations.tsx';
import { useContentFile, useT } from '../i18n/locale-context.tsx';

export default function SupportPage() {
  const t = useT();
  const support = useContentFile('support');
  const organisation = useContentFile('organisation');
  const localIds = organisation?.local.support ?? [];
  return (
    <>
      <PageHeading>{support.heading}</PageHeading>
      <Paragraph lead>{support.lead}</Paragraph>
      <Alert type="warning">
        <Heading2 className="app-alert-heading">{t('support.emergency')}</Heading2>
        <Paragraph>{support.emergency}</Paragraph>
      </Alert>

      <LocalOrganisation organisation={organisation} />

      <section aria-labelledby="contacts">
        <Heading2 id="contacts">{t('support.contacts')}</Heading2>
        {localFirst(support.contacts, localIds).map((contact) => (
          <article key={contact.id} id={`contact-${contact.id}`} className="app-card">
            <Heading3>{contact.name}</Heading3>
            {organisation && localIds.includes(contact.id) && (
              <Paragraph className="app-label">
                {t('local.badge', { organisation: organisation.name })}
              </Paragraph>
            )}
            <Paragraph>{contact.description}</Paragraph>
            <Paragraph className="app-label">{t('support.when')}</Paragraph>
            <UnorderedList>
              {contact.when.map((situation) => (
                <UnorderedListItem key={situation}>{situation}</UnorderedListItem>
              ))}
            </UnorderedList>
            {contact.phone && (
              <Paragraph>
                {t('support.phone')}:{' '}
                <Link href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</Link>
              </Paragraph>
            )}
            {contact.url && (
              <Paragraph>
                <Link href={contact.url} rel="noreferrer">
                  {t('support.website', { name: contact.name })}
                </Link>
              </Paragraph>
            )}
            <SourceCitations ids={contact.sources} />
          </article>
        ))}
      </section>

      {support.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
    </>
  );
}
