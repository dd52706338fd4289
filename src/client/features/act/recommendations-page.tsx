/**
 * Recommendations for you: the tips that fit what the user filled in elsewhere, each with
 * "waarom voor jou" naming the answers that led to it, and a button to put it in the action
 * plan. Says which blocks are still empty and what they would add.
 */
import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { recommendTips, type RecommendationReason } from '../../../core/recommendations.ts';
import { AppLink } from '../../components/app-link.tsx';
import { bandMessage } from '../../components/score-chart.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StorageNotice } from '../../components/storage-notice.tsx';
import { useContentFile, useT } from '../../i18n/locale-context.tsx';
import type { MessageId } from '../../i18n/messages.ts';
import { usePersonalData } from '../../storage/personal-data-context.tsx';
import { gatherInputs, type InputBlock } from './recommendation-inputs.ts';
import { TipDetails } from './tip-details.tsx';
import { useActionPlan } from './use-act.ts';

const blockPage: Record<InputBlock, string> = {
  selfTest: 'wie-ben-jij',
  startingPoint: 'wat-draag-je-mee/startpunt',
  register: 'wat-draag-je-mee/register',
  influence: 'wie-wat-beinvloedt-jou/kaart',
  riskScan: 'wat-kom-je-tegen/scan',
  safety: 'wat-kom-je-tegen/dreiging',
};

function useReasonText() {
  const t = useT();
  const model = useContentFile('model');
  const portfolio = useContentFile('portfolio');
  const influence = useContentFile('influence');
  const risks = useContentFile('risks');
  return (reason: RecommendationReason): string => {
    switch (reason.kind) {
      case 'factor':
        return t('act.reason.factor', {
          factor: model.factors.find((factor) => factor.id === reason.factor)!.name,
          band: t(bandMessage[reason.band]).toLowerCase(),
        });
      case 'conflict':
        return t('act.reason.conflict', {
          rule: portfolio.rules.find((rule) => rule.id === reason.rule)!.title,
        });
      case 'conditions':
        return t('act.reason.conditions', { count: reason.count });
      case 'signal':
        return t('act.reason.signal', {
          signal: influence.signals.find((signal) => signal.id === reason.signal)!.title,
        });
      case 'risk':
        return t('act.reason.risk', {
          domain: risks.domains.find((domain) => domain.id === reason.domain)!.title,
          level: t(`act.level.${reason.level}`).toLowerCase(),
        });
      case 'exposure':
        return t('act.reason.exposure', { level: t(`act.exposure.${reason.level}`) });
      case 'starter':
        return t('act.reason.starter');
    }
  };
}

export default function RecommendationsPage() {
  const t = useT();
  const { state } = usePersonalData();
  const tipsContent = useContentFile('tips');
  const conditions = useContentFile('conditions');
  const reasonText = useReasonText();
  const { value: plan, change } = useActionPlan();
  const [notice, setNotice] = useState('');

  const heading = <PageHeading>{t('act.recommendations.title')}</PageHeading>;
  if (state.status !== 'ready' || !plan) {
    return (
      <>
        {heading}
        <StorageNotice status={state.status} />
      </>
    );
  }

  const { inputs, missing } = gatherInputs(state.data, conditions.conditions);
  const recommendations = recommendTips(tipsContent.tips, inputs);
  const inPlan = new Set(plan.actions.map((action) => action.source));

  function addToPlan(tipId: string, title: string) {
    void change((current) => ({
      actions: [
        ...current.actions,
        { id: crypto.randomUUID(), title, status: 'todo', source: tipId },
      ],
    }));
    setNotice(t('act.recommendations.added', { title }));
  }

  return (
    <>
      {heading}
      <Paragraph lead>{t('act.recommendations.lead')}</Paragraph>
      {missing.length > 0 && (
        <section aria-labelledby="missing-heading" className="app-section app-callout">
          <Heading2 id="missing-heading" className="app-small-heading">
            {t('act.recommendations.missingHeading')}
          </Heading2>
          <UnorderedList>
            {missing.map((block) => (
              <UnorderedListItem key={block}>
                <AppLink page={blockPage[block]}>{t(`act.missing.${block}` as MessageId)}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      <p role="status" className="app-status">
        {notice}
      </p>
      <ol className="app-findings" aria-label={t('act.recommendations.listLabel')}>
        {recommendations.map(({ tip, reasons }) => (
          <li key={tip.id} className="app-entry">
            <Heading3>{tip.title}</Heading3>
            <Paragraph>
              <strong>{t('act.recommendations.why')}</strong> {reasons.map(reasonText).join('; ')}.
            </Paragraph>
            <TipDetails tip={tip} />
            {inPlan.has(tip.id) ? (
              <Paragraph>
                <strong>{t('act.recommendations.inPlan')}</strong>
              </Paragraph>
            ) : (
              <Button
                appearance="secondary-action-button"
                onClick={() => addToPlan(tip.id, tip.title)}
              >
                {t('act.recommendations.add')}
                <span className="app-visually-hidden">: {tip.title}</span>
              </Button>
            )}
          </li>
        ))}
      </ol>
      <Paragraph>
        <AppLink page="wat-kun-je-doen/actieplan">{t('act.tool.plan.title')}</AppLink>
        {' · '}
        <AppLink page="wat-kun-je-doen/tips">{t('act.tool.tips.title')}</AppLink>
      </Paragraph>
    </>
  );
}
