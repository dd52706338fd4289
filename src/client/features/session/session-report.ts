/**
 * The session report as a ReportDocument (rendered by pdf/make-pdf.ts, the same renderer as
 * the personal report): title, date and counts, then per activity the combined result and
 * per dilemma the closed vote's distribution. It is built from the session state alone, which
 * holds only aggregates that passed the k rule, so no individual answer can reach the PDF.
 */
import type { Guarded, GroupScore, SessionState } from '../../../core/group-session/contract.ts';
import { bandOf, type Band } from '../../../core/likert.ts';
import type { Locale } from '../../../core/locale.ts';
import type { MessageId } from '../../i18n/messages.ts';
import type { ReportBlock, ReportDocument, ReportSection } from '../../pdf/report-document.ts';
import { bandMessage } from '../../components/score-chart.tsx';
import { activityName, answerActivitiesOf } from './activity-names.ts';
import type { SessionContent } from './session-content.ts';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

function suppressed(
  t: Translate,
  result: { count: number; needed: number } | undefined,
): ReportBlock {
  return {
    kind: 'paragraph',
    text: result
      ? t('session.results.needed', { needed: result.needed, count: result.count })
      : t('session.results.none'),
  };
}

function profileBlocks(
  t: Translate,
  result: Guarded<GroupScore[]> | undefined,
  names: ReadonlyMap<string, string>,
  title: string,
  nameHeader: string,
): ReportBlock[] {
  if (!result || result.status === 'suppressed') return [suppressed(t, result)];
  const bandNames = Object.fromEntries(
    (Object.keys(bandMessage) as Band[]).map((band) => [band, t(bandMessage[band])]),
  ) as Record<Band, string>;
  const rows = result.value.map((score) => ({
    name: names.get(score.id) ?? score.id,
    score: score.score,
    band: score.score === null ? null : bandOf(score.score),
  }));
  return [
    { kind: 'paragraph', text: t('session.results.basedOn', { count: result.count }) },
    { kind: 'chart', title, rows, bandNames },
    {
      kind: 'table',
      head: [nameHeader, t('session.results.score'), t('session.results.band')],
      rows: rows.map((row) => [
        row.name,
        row.score === null ? '—' : String(row.score),
        row.band ? bandNames[row.band] : t('common.insufficientShort'),
      ]),
    },
  ];
}

export function buildSessionReport(
  state: SessionState,
  content: SessionContent,
  t: Translate,
  locale: Locale,
  now: Date,
): ReportDocument {
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
  }).format(now);
  const sections: ReportSection[] = answerActivitiesOf(state).map((activity) => {
    const name = t(activityName[activity]);
    let blocks: ReportBlock[];
    if (activity === 'risk-scan') {
      const result = state.results['risk-scan'];
      if (!result || result.status === 'suppressed') blocks = [suppressed(t, result)];
      else {
        const table = (counts: Record<string, number>, names: ReadonlyMap<string, string>) => ({
          kind: 'table' as const,
          head: [t('session.results.item'), t('session.results.ticked')],
          rows: Object.entries(counts)
            .filter(([, count]) => count > 0)
            .sort((a, b) => b[1] - a[1])
            .map(([id, count]) => [
              names.get(id) ?? id,
              t('session.results.tickedOf', { count, total: result.count }),
            ]),
        });
        blocks = [
          { kind: 'paragraph', text: t('session.results.riskBasedOn', { count: result.count }) },
          { kind: 'heading', text: t('session.results.features') },
          table(result.value.features, content.featureNames),
          { kind: 'heading', text: t('session.results.processes') },
          table(result.value.processes, content.processNames),
        ];
      }
    } else {
      blocks = profileBlocks(
        t,
        state.results[activity],
        activity === 'self-test' ? content.factorNames : content.dimensionNames,
        t('session.results.profileTitle', { activity: name }),
        activity === 'self-test' ? t('session.results.factor') : t('session.results.dimension'),
      );
    }
    return { id: activity, title: t('session.results.heading', { activity: name }), blocks };
  });

  if (state.session.activities.includes('dilemmas')) {
    const blocks: ReportBlock[] = [];
    for (const dilemmaId of state.session.dilemmaIds) {
      const dilemma = content.dilemmas.get(dilemmaId);
      const vote = state.votes.find(
        (candidate) => candidate.dilemmaId === dilemmaId && candidate.status === 'closed',
      );
      blocks.push({ kind: 'heading', text: dilemma?.title ?? dilemmaId });
      if (!vote) {
        blocks.push({ kind: 'paragraph', text: t('session.report.notVoted') });
      } else if (vote.distribution?.status === 'shown') {
        const distribution = vote.distribution.value;
        blocks.push({
          kind: 'paragraph',
          text: t('session.vote.closedCount', { votes: vote.votes }),
        });
        blocks.push({
          kind: 'table',
          head: [t('session.vote.option'), t('session.vote.votes')],
          rows: (dilemma?.options ?? []).map((option) => {
            const count = distribution[option.id] ?? 0;
            const share = vote.votes > 0 ? Math.round((count / vote.votes) * 100) : 0;
            return [option.label, t('session.vote.share', { count, share })];
          }),
        });
      } else {
        blocks.push({
          kind: 'paragraph',
          text: t('session.vote.suppressed', {
            needed: vote.distribution?.status === 'suppressed' ? vote.distribution.needed : 0,
          }),
        });
      }
    }
    sections.push({ id: 'dilemmas', title: t('session.activity.dilemmas'), blocks });
  }

  return {
    language: locale,
    title: state.session.title,
    subtitle: [
      t('session.report.docSubtitle'),
      t('session.report.docMade', { date }),
      t('session.report.docCounts', { joined: state.joined, k: state.session.k }),
    ],
    sections,
    footer: t('session.report.footer', { k: state.session.k }),
    pageLabel: (page, pages) => t('session.report.page', { page, pages }),
  };
}
