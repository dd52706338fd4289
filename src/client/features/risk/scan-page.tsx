/**
 * The area and portfolio scan: the body and area from the office profile, the features of
 * the area (only those that exist in this kind of body) and the vulnerable processes the
 * office touches. Every tick is saved at once; the risk picture is made from them.
 */
import { Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { areaFeatures, vulnerableProcesses } from '../../../core/risk-scan.ts';
import { AppLink } from '../../components/app-link.tsx';
import { CheckboxField } from '../../components/checkbox-field.tsx';
import { describeOffice } from '../../components/office-description.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContent, useContentFile, useT } from '../../i18n/locale-context.tsx';
import { useOfficeProfile } from '../../storage/personal-data-context.tsx';
import { useRiskScan } from './use-risk.ts';

/** Adds or removes a value, keeping the list in the order of `all`. */
function toggled<T extends string>(
  all: readonly T[],
  current: readonly T[],
  value: T,
  on: boolean,
): T[] {
  return all.filter((candidate) => (candidate === value ? on : current.includes(candidate)));
}

export default function ScanPage() {
  const t = useT();
  const content = useContent();
  const risks = useContentFile('risks');
  const profile = useOfficeProfile();
  const { status, value: scan, change } = useRiskScan();

  const heading = <PageHeading>{t('risk.scan.title')}</PageHeading>;
  if (!scan) {
    return (
      <>
        {heading}
        <StorageNotice status={status} />
      </>
    );
  }

  const features = risks.features.filter(
    (feature) => !profile || feature.bodies.includes(profile.body),
  );

  return (
    <>
      {heading}
      <Paragraph lead>{risks.intro.lead}</Paragraph>
      {risks.intro.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}

      <section aria-labelledby="area-profile" className="app-section app-callout">
        <Heading2 id="area-profile">{t('risk.scan.profileHeading')}</Heading2>
        {profile ? (
          <Paragraph>
            {t('risk.scan.profile', { office: describeOffice(profile, content) })}{' '}
            <AppLink page="ambt">{t('common.changeOffice')}</AppLink>
          </Paragraph>
        ) : (
          <Paragraph>
            {t('risk.scan.noProfile')} <AppLink page="ambt">{t('office.choose')}</AppLink>
          </Paragraph>
        )}
      </section>

      <section aria-labelledby="features-heading" className="app-section">
        <Heading2 id="features-heading">{t('risk.scan.featuresHeading')}</Heading2>
        <Fieldset>
          <FieldsetLegend>{t('risk.scan.featuresLegend')}</FieldsetLegend>
          <ul className="app-conditions">
            {features.map((feature) => (
              <li key={feature.id} className="app-condition">
                <CheckboxField
                  id={`feature-${feature.id}`}
                  label={feature.name}
                  description={feature.explanation}
                  checked={scan.features.includes(feature.id)}
                  onChange={(checked) =>
                    void change((current) => ({
                      ...current,
                      features: toggled(areaFeatures, current.features, feature.id, checked),
                    }))
                  }
                />
              </li>
            ))}
          </ul>
        </Fieldset>
      </section>

      <section aria-labelledby="processes-heading" className="app-section">
        <Heading2 id="processes-heading">{t('risk.scan.processesHeading')}</Heading2>
        <Fieldset>
          <FieldsetLegend>{t('risk.scan.processesLegend')}</FieldsetLegend>
          <ul className="app-conditions">
            {risks.processes.map((process) => (
              <li key={process.id} className="app-condition">
                <CheckboxField
                  id={`process-${process.id}`}
                  label={process.name}
                  description={process.explanation}
                  checked={scan.processes.includes(process.id)}
                  onChange={(checked) =>
                    void change((current) => ({
                      ...current,
                      processes: toggled(
                        vulnerableProcesses,
                        current.processes,
                        process.id,
                        checked,
                      ),
                    }))
                  }
                />
              </li>
            ))}
          </ul>
        </Fieldset>
      </section>

      <Paragraph>
        <AppLink page="wat-kom-je-tegen/risicobeeld" variant="button">
          {t('risk.scan.toPicture')}
        </AppLink>
      </Paragraph>
    </>
  );
}
