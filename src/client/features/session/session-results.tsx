/**
 * Everything a group has produced so far, as counts and aggregates: how many joined and
 * finished, and per activity the combined result (or how many more are needed). The
 * facilitator's dashboard and the projector screen both show it.
 */
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { SessionState } from '../../../core/group-session/contract.ts';
import { useT } from '../../i18n/locale-context.tsx';
import { GroupProfile, GroupRiskScan } from './group-results.tsx';
import type { SessionContent } from './session-content.ts';
import { activityName, answerActivitiesOf } from './activity-names.ts';

export function SessionCounts({ state }: { state: SessionState }) {
  const t = useT();
  return (
    <ul className="app-session-counts">
      <li>
        <span className="app-session-counts__number">{state.joined}</span>{' '}
        {t('session.counts.joined', { count: state.joined })}
      </li>
      {answerActivitiesOf(state).map((activity) => {
        const finished = state.finished[activity] ?? 0;
        return (
          <li key={activity}>
            <span className="app-session-counts__number">{finished}</span>{' '}
            {t('session.counts.finished', { count: finished, activity: t(activityName[activity]) })}
          </li>
        );
      })}
    </ul>
  );
}

export function SessionResults({
  state,
  content,
  idPrefix,
}: {
  state: SessionState;
  content: SessionContent;
  idPrefix: string;
}) {
  const t = useT();
  return (
    <>
      {answerActivitiesOf(state).map((activity) => (
        <section key={activity} aria-labelledby={`${idPrefix}-${activity}`} className="app-section">
          <Heading2 id={`${idPrefix}-${activity}`}>
            {t('session.results.heading', { activity: t(activityName[activity]) })}
          </Heading2>
          {activity === 'risk-scan' ? (
            <GroupRiskScan result={state.results['risk-scan']} content={content} />
          ) : (
            <GroupProfile
              id={`${idPrefix}-${activity}`}
              result={state.results[activity]}
              names={activity === 'self-test' ? content.factorNames : content.dimensionNames}
              title={t('session.results.profileTitle', { activity: t(activityName[activity]) })}
              nameHeader={
                activity === 'self-test'
                  ? t('session.results.factor')
                  : t('session.results.dimension')
              }
            />
          )}
        </section>
      ))}
      {answerActivitiesOf(state).length === 0 && (
        <Paragraph>{t('session.results.onlyDilemmas')}</Paragraph>
      )}
    </>
  );
}
