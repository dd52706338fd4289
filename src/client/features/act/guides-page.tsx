/**
 * "Wat te doen als…": pick a situation, answer a few questions, and get the steps in order
 * with the contacts that fit the user's office and body. With an organisation overlay, its
 * own contacts and links come first, and in every step its contacts stand before the others.
 */
import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { Content } from '../../../content/schema.ts';
import { contactFits, localFirst, resolveGuide } from '../../../core/guides.ts';
import { AppLink } from '../../components/app-link.tsx';
import { ChoiceFieldset } from '../../components/choice-fieldset.tsx';
import { LocalOrganisation } from '../../components/local-organisation.tsx';
import { describeOffice } from '../../components/office-description.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { SourceCitations } from '../../components/source-citations.tsx';
import { useContent, useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';

export default function GuidesPage() {
  const t = useT();
  const content = useContent();
  const guidesContent = useContentFile('guides');
  const organisation = useContentFile('organisation');
  useContentFile('sources');
  const profile = useOfficeProfile();
  const [guideId, setGuideId] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const guideHeading = useRef<HTMLHeadingElement>(null);
  const [opened, setOpened] = useState(0);

  useEffect(() => {
    if (opened > 0) guideHeading.current?.focus();
  }, [opened]);

  const guide = guidesContent.guides.find((candidate) => candidate.id === guideId);
  const localIds = organisation?.local.guides ?? [];
  const contacts = localFirst(guidesContent.contacts, localIds);
  const localContacts = contacts.filter(
    (contact) =>
      localIds.includes(contact.id) && contactFits(contact, profile?.office, profile?.body),
  );
  const steps = guide
    ? resolveGuide(guide.steps, contacts, answers, profile?.office, profile?.body).map(
        (resolved) => ({ ...resolved, contacts: localFirst(resolved.contacts, localIds) }),
      )
    : [];
  const unanswered = guide ? guide.questions.filter((question) => !answers[question.id]).length : 0;

  function open(id: string) {
    setGuideId(id);
    setAnswers({});
    setOpened((count) => count + 1);
  }

  return (
    <>
      <PageHeading>{t('act.guides.title')}</PageHeading>
      <Paragraph lead>{guidesContent.intro.lead}</Paragraph>
      {guidesContent.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}
      <Paragraph>
        {profile ? (
          t('act.guides.forOffice', { office: describeOffice(profile, content) })
        ) : (
          <>
            {t('act.guides.noOffice')} <AppLink page="ambt">{t('office.choose')}</AppLink>
          </>
        )}
      </Paragraph>

      <LocalOrganisation organisation={organisation}>
        {localContacts.length > 0 && (
          <>
            <Heading3 id="local-contacts">{t('local.contacts')}</Heading3>
            <ul className="app-contacts" aria-labelledby="local-contacts">
              {localContacts.map((contact) => (
                <ContactItem key={contact.id} contact={contact} />
              ))}
            </ul>
          </>
        )}
      </LocalOrganisation>

      <nav aria-labelledby="guides-heading">
        <Heading2 id="guides-heading">{t('act.guides.chooseHeading')}</Heading2>
        <ul className="app-guide-list">
          {guidesContent.guides.map((candidate) => (
            <li key={candidate.id}>
              <Button
                appearance={
                  candidate.id === guideId ? 'primary-action-button' : 'secondary-action-button'
                }
                aria-pressed={candidate.id === guideId}
                onClick={() => open(candidate.id)}
              >
                {candidate.title}
              </Button>
            </li>
          ))}
        </ul>
      </nav>

      {guide && (
        <section aria-labelledby="guide-heading" className="app-section app-callout">
          <Heading2
            id="guide-heading"
            ref={guideHeading}
            tabIndex={-1}
            className="app-focus-target"
          >
            {guide.title}
          </Heading2>
          <Paragraph>{guide.summary}</Paragraph>
          {guide.urgent && (
            <Alert type="warning">
              <Paragraph>
                <strong>{guide.urgent}</strong>
              </Paragraph>
            </Alert>
          )}
          <form className="app-form" onSubmit={(event) => event.preventDefault()}>
            {guide.questions.map((question) => (
              <ChoiceFieldset
                key={question.id}
                className="app-statement"
                name={`guide-${guide.id}-${question.id}`}
                legend={question.text}
                options={question.options}
                selected={answers[question.id]}
                onSelect={(optionId) =>
                  setAnswers((current) => ({ ...current, [question.id]: optionId }))
                }
              />
            ))}
          </form>
          <Heading3 id="steps-heading">{t('act.guides.stepsHeading')}</Heading3>
          <Paragraph role="status">
            {unanswered > 0
              ? t('act.guides.answerFirst', { count: unanswered })
              : t('act.guides.complete', { count: steps.length })}
          </Paragraph>
          <ol className="app-steps" aria-labelledby="steps-heading">
            {steps.map(({ step, contacts }) => (
              <li key={step.id} className="app-step">
                <Heading3 className="app-small-heading">{step.title}</Heading3>
                <Paragraph>{step.text}</Paragraph>
                {contacts.length > 0 && (
                  <ul
                    className="app-contacts"
                    aria-label={t('act.guides.contacts', { step: step.title })}
                  >
                    {contacts.map((contact) => (
                      <ContactItem key={contact.id} contact={contact} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <SourceCitations ids={guide.sources} />
        </section>
      )}
    </>
  );
}

type Contact = Content['guides']['contacts'][number];

function ContactItem({ contact }: { contact: Contact }) {
  const t = useT();
  return (
    <li>
      <strong>{contact.name}</strong>: {contact.role}
      {/* Number and address each on a line of their own, so they do not run together. */}
      {contact.phone && (
        <span className="app-contact-line">
          {' '}
          {t('act.guides.phone')}{' '}
          <Link href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</Link>
        </span>
      )}
      {contact.url && (
        <span className="app-contact-line">
          {' '}
          <Link href={contact.url}>{contact.url.replace(/^https:\/\//, '')}</Link>
        </span>
      )}
    </li>
  );
}
