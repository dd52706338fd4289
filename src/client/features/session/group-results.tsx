/**
 * The combined results of a group as the facilitator and the projector show them: a profile
 * (chart and the same figures in a table) once enough people finished, otherwise how many
 * more are needed; a dilemma vote with its count, and its distribution only after closing.
 * Only aggregates reach this code; the k rule itself is applied by the server.
 */
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type {
  DilemmaVoteState,
  Guarded,
  GroupScore,
} from '../../../core/group-session/contract.ts';
import { bandOf } from '../../../core/likert.ts';
import { DataTable } from '../../components/data-table.tsx';
import { bandMessage, ScoreChart } from '../../components/score-chart.tsx';
import { useT } from '../../i18n/locale-context.tsx';
import type { SessionContent } from './session-content.ts';

interface GroupProfileProps {
  id: string;
  result: Guarded<GroupScore[]> | undefined;
  names: ReadonlyMap<string, string>;
  title: string;
  nameHeader: string;
}

/** A combined self-test or culture profile, or the number of people still needed for it. */
export function GroupProfile({ id, result, names, title, nameHeader }: GroupProfileProps) {
  const t = useT();
  if (!result || result.status === 'suppressed') {
    const needed = result?.status === 'suppressed' ? result.needed : undefined;
    return (
      <Paragraph className="app-session-needed">
        {needed === undefined
          ? t('session.results.none')
          : t('session.results.needed', { needed, count: result!.count })}
      </Paragraph>
    );
  }
  const rows = result.value.map((score) => ({
    id: score.id,
    name: names.get(score.id) ?? score.id,
    score: score.score,
    band: score.score === null ? null : bandOf(score.score),
  }));
  return (
    <>
      <Paragraph>{t('session.results.basedOn', { count: result.count })}</Paragraph>
      <div className="app-session-profile">
        <ScoreChart
          id={`${id}-chart`}
          title={title}
          description={t('session.results.chartDescription', { count: result.count })}
          rows={rows}
        />
        <DataTable
          caption={title}
          headers={[nameHeader, t('session.results.score'), t('session.results.band')]}
        >
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td>{row.score ?? '—'}</td>
              <td>{row.band ? t(bandMessage[row.band]) : t('common.insufficientShort')}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}

type RiskResult = Guarded<{ features: Record<string, number>; processes: Record<string, number> }>;

/** How many ticked each area feature and process, most ticked first. */
export function GroupRiskScan({
  result,
  content,
}: {
  result: RiskResult | undefined;
  content: SessionContent;
}) {
  const t = useT();
  if (!result || result.status === 'suppressed') {
    return (
      <Paragraph className="app-session-needed">
        {result?.status === 'suppressed'
          ? t('session.results.needed', { needed: result.needed, count: result.count })
          : t('session.results.none')}
      </Paragraph>
    );
  }
  const table = (
    caption: string,
    counts: Record<string, number>,
    names: ReadonlyMap<string, string>,
  ) => {
    const rows = Object.entries(counts)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1]);
    return (
      <DataTable
        caption={caption}
        headers={[t('session.results.item'), t('session.results.ticked')]}
      >
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('session.results.nothingTicked')}</td>
          </tr>
        ) : (
          rows.map(([id, count]) => (
            <tr key={id}>
              <th scope="row">{names.get(id) ?? id}</th>
              <td>{t('session.results.tickedOf', { count, total: result.count })}</td>
            </tr>
          ))
        )}
      </DataTable>
    );
  };
  return (
    <>
      <Paragraph>{t('session.results.riskBasedOn', { count: result.count })}</Paragraph>
      {table(t('session.results.features'), result.value.features, content.featureNames)}
      {table(t('session.results.processes'), result.value.processes, content.processNames)}
    </>
  );
}

/** A dilemma vote: how many voted; after closing, the distribution (or why it is hidden). */
export function VoteResult({
  vote,
  content,
  showTitle = true,
}: {
  vote: DilemmaVoteState;
  content: SessionContent;
  /** False where a heading with the dilemma's title is already above. */
  showTitle?: boolean;
}) {
  const t = useT();
  const dilemma = content.dilemmas.get(vote.dilemmaId);
  const title = dilemma?.title ?? vote.dilemmaId;
  return (
    <div className="app-session-vote">
      {showTitle && <Heading3>{title}</Heading3>}
      <Paragraph>
        <strong>
          {vote.status === 'open'
            ? t('session.vote.openCount', { votes: vote.votes })
            : t('session.vote.closedCount', { votes: vote.votes })}
        </strong>
      </Paragraph>
      {vote.status === 'open' ? (
        <Paragraph>{t('session.vote.hiddenUntilClosed')}</Paragraph>
      ) : vote.distribution?.status === 'shown' ? (
        <DataTable
          caption={t('session.vote.distributionCaption', { title })}
          headers={[t('session.vote.option'), t('session.vote.votes')]}
        >
          {(dilemma?.options ?? []).map((option) => {
            const count =
              vote.distribution?.status === 'shown' ? (vote.distribution.value[option.id] ?? 0) : 0;
            const share = vote.votes > 0 ? Math.round((count / vote.votes) * 100) : 0;
            return (
              <tr key={option.id}>
                <th scope="row">{option.label}</th>
                <td>
                  <span className="app-session-bar" aria-hidden="true">
                    <span className="app-session-bar__fill" style={{ inlineSize: `${share}%` }} />
                  </span>
                  {t('session.vote.share', { count, share })}
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : (
        <Paragraph className="app-session-needed">
          {t('session.vote.suppressed', {
            needed: vote.distribution?.status === 'suppressed' ? vote.distribution.needed : 0,
          })}
        </Paragraph>
      )}
    </div>
  );
}
