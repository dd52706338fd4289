/**
 * The risk picture: the risk domains for the user's office, body, area features and
 * processes, most pressing first. Each domain says why it is in the picture (the ticks that
 * raised it), its warning signals, barriers, partners, and what this office holder can and
 * cannot do. Computed on this device by the pure engine in core.
 */
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { roleOf } from '../../../core/office.ts';
import { riskLevelFloors, type RankedDomain, type RiskReason } from '../../../core/risk-scan.ts';
import { AppLink } from '../../components/app-link.tsx';
import { describeOffice } from '../../components/office-description.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { SourceCitations } from '../../components/source-citations.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useLocale, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { riskPictureFor } from './risk-picture.ts';
import { useRiskScan } from './use-risk.ts';

const levelMessage = {
  high: 'risk.level.high',
  medium: 'risk.level.medium',
  low: 'risk.level.low',
} as const;

function useReasonText() {
  const t = useT();
  const locale = useLocale();
  const risks = useContentFile('risks');
  const content = useContent();
  const points = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
  return (reason: RiskReason) => {
    const value = points.format(reason.points);
    if (reason.kind === 'feature') {
      const name = risks.features.find((feature) => feature.id === reason.feature)!.name;
      return t('risk.reason.feature', { name, points: value });
    }
    if (reason.kind === 'process') {
      const name = risks.processes.find((process) => process.id === reason.process)!.name;
      return t('risk.reason.process', { name, points: value });
    }
    const body = content.offices.bodies.find((candidate) => candidate.id === reason.body)!.name;
    return t('risk.reason.baseline', { body, points: value });
  };
}

function DomainView({ ranked, role }: { ranked: RankedDomain; role: ReturnType<typeof roleOf> }) {
  const t = useT();
  const risks = useContentFile('risks');
  const reasonText = useReasonText();
  const domain = risks.domains.find((candidate) => candidate.id === ranked.domain)!;
  const partners = domain.partners.map((id) =>
    risks.partners.find((partner) => partner.id === id)!,
  );
  const headingId = `domain-${domain.id}`;
  return (
    <li className={`app-finding app-finding--${ranked.level}`}>
      <article aria-labelledby={headingId}>
        <Paragraph className="app-finding__severity">
          <strong>{t(levelMessage[ranked.level])}</strong>
        </Paragraph>
        <Heading3 id={headingId}>{domain.title}</Heading3>
        <Paragraph>{domain.summary}</Paragraph>
        <Paragraph>
          <strong>{t('risk.picture.whyHere')}</strong> {ranked.reasons.map(reasonText).join('; ')}.{' '}
          {t('risk.picture.score', { score: ranked.score })}
        </Paragraph>
        <Paragraph>{domain.why}</Paragraph>
        <details className="app-details">
          <summary>{t('risk.picture.more', { title: domain.title })}</summary>
          <div className="app-details__body">
            <Heading3 className="app-small-heading">{t('risk.picture.signals')}</Heading3>
            <UnorderedList>
              {domain.signals.map((signal) => (
                <UnorderedListItem key={signal}>{signal}</UnorderedListItem>
              ))}
            </UnorderedList>
            <Heading3 className="app-small-heading">{t('risk.picture.measures')}</Heading3>
            <UnorderedList>
              {domain.measures.map((measure) => (
                <UnorderedListItem key={measure}>{measure}</UnorderedListItem>
              ))}
            </UnorderedList>
            <Heading3 className="app-small-heading">{t('risk.picture.partners')}</Heading3>
            <UnorderedList>
              {partners.map((partner) => (
                <UnorderedListItem key={partner.id}>
                  <strong>{partner.name}</strong>: {partner.role}
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Heading3 className="app-small-heading">{t('risk.picture.canDo')}</Heading3>
            <Paragraph>{domain.canDo[role]}</Paragraph>
            <Heading3 className="app-small-heading">{t('risk.picture.cannotDo')}</Heading3>
            <Paragraph>{domain.cannotDo}</Paragraph>
            <SourceCitations ids={domain.sources} />
          </div>
        </details>
      </article>
    </li>
  );
}

export default function RiskPicturePage() {
  const t = useT();
  const content = useContent();
  const risks = useContentFile('risks');
  // Sources load with the page, so opening a domain never suspends it.
  useContentFile('sources');
  const profile = useOfficeProfile();
  const { status, value: scan } = useRiskScan();

  const heading = <PageHeading>{t('risk.picture.title')}</PageHeading>;
  if (!scan) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }
  if (!profile) {
    return (
      <>
        {heading}
        <Paragraph>{t('risk.picture.needOffice')}</Paragraph>
        <AppLink page="ambt" variant="button">
          {t('office.choose')}
        </AppLink>
      </>
    );
  }

  const { picture, empty } = riskPictureFor(scan, profile, risks);

  return (
    <>
      {heading}
      <Paragraph lead>
        {t('risk.picture.lead', {
          office: describeOffice(profile, content),
          count: picture.length,
        })}
      </Paragraph>
      {empty && (
        <Paragraph>
          {t('risk.picture.general')}{' '}
          <AppLink page="wat-kom-je-tegen/scan">{t('risk.tool.scan.title')}</AppLink>
        </Paragraph>
      )}
      <ol className="app-findings" aria-label={t('risk.picture.listLabel')}>
        {picture.map((ranked) => (
          <DomainView key={ranked.domain} ranked={ranked} role={roleOf(profile.office)} />
        ))}
      </ol>

      <section aria-labelledby="how-heading" className="app-section">
        <Heading2 id="how-heading">{t('risk.picture.howHeading')}</Heading2>
        <Paragraph>
          {t('risk.picture.how', { high: riskLevelFloors.high, medium: riskLevelFloors.medium })}
        </Paragraph>
        <Paragraph>
          <AppLink page="wat-kom-je-tegen/scan">{t('risk.picture.changeScan')}</AppLink>
        </Paragraph>
      </section>
    </>
  );
}
