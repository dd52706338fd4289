/**
 * "Hoe werkt de score?": every statement per factor with its keying and who sees it, the
 * formula, the band boundaries and the minimum number of answers (read from the scoring
 * code itself), and what the test cannot tell.
 */
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { factorIds } from '../../../core/model.ts';
import type { OfficeRole } from '../../../core/office.ts';
import { bandFloors, minimumAnswersPerFactor } from '../../../core/self-test.ts';
import { DataTable } from '../../components/data-table.tsx';
import { bandMessage } from '../../components/score-chart.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';

const roleMessage: Record<OfficeRole, MessageId> = {
  executive: 'selfTest.role.executive',
  representative: 'selfTest.role.representative',
  candidate: 'selfTest.role.candidate',
};

export default function SelfTestMethodPage() {
  const t = useT();
  const selfTest = useContentFile('selftest');
  const model = useContentFile('model');
  return (
    <>
      <PageHeading>{t('selfTest.methodTitle')}</PageHeading>
      {selfTest.method.paragraphs.map((paragraph) => (
        <Paragraph key={paragraph}>{paragraph}</Paragraph>
      ))}

      <section aria-labelledby="rules">
        <Heading2 id="rules">{t('selfTest.rulesHeading')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t('selfTest.ruleScale')}</UnorderedListItem>
          <UnorderedListItem>
            {t('selfTest.ruleMean', { minimum: minimumAnswersPerFactor })}
          </UnorderedListItem>
          <UnorderedListItem>
            {t('selfTest.ruleBands', {
              kwetsbaarheid: t(bandMessage.kwetsbaarheid),
              aandachtspunt: t(bandMessage.aandachtspunt),
              kracht: t(bandMessage.kracht),
              lowTop: bandFloors.aandachtspunt - 1,
              middle: bandFloors.aandachtspunt,
              middleTop: bandFloors.kracht - 1,
              high: bandFloors.kracht,
            })}
          </UnorderedListItem>
          <UnorderedListItem>{t('selfTest.ruleNodes')}</UnorderedListItem>
        </UnorderedList>
      </section>

      <section aria-labelledby="items">
        <Heading2 id="items">{t('selfTest.itemsHeading')}</Heading2>
        {factorIds.map((factorId) => {
          const factor = model.factors.find((each) => each.id === factorId)!;
          const node = model.nodes.find((each) => each.id === factor.node)!;
          const items = selfTest.items.filter((item) => item.factor === factorId);
          return (
            <div key={factorId} className="app-section">
              <Heading3 id={`method-${factorId}`}>{factor.name}</Heading3>
              <Paragraph small>{t('background.factorNode', { node: node.name })}</Paragraph>
              <DataTable
                labelledBy={`method-${factorId}`}
                headers={[
                  t('selfTest.colStatement'),
                  t('selfTest.colKeying'),
                  t('selfTest.colWho'),
                ]}
              >
                {items.map((item) => (
                  <tr key={item.id}>
                    <td>{item.text}</td>
                    <td>
                      {t(
                        item.keying === 'positive'
                          ? 'selfTest.keying.positive'
                          : 'selfTest.keying.reverse',
                      )}
                    </td>
                    <td>
                      {item.roles
                        ? item.roles.map((role) => t(roleMessage[role])).join(', ')
                        : t('selfTest.role.all')}
                    </td>
                  </tr>
                ))}
              </DataTable>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="limits">
        <Heading2 id="limits">{t('selfTest.limitsHeading')}</Heading2>
        <UnorderedList>
          {selfTest.method.limits.map((limit) => (
            <UnorderedListItem key={limit}>{limit}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
    </>
  );
}
