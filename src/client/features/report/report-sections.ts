/**
 * The personal report's sections, one per block, each built from what the user stored.
 * A block that grows a new tool adds its lines to its own section here; a new block adds a
 * section. Pure functions of the stored data, the content and the texts, so the report can
 * be checked without making a PDF.
 */
import type { Content } from '../../../content/schema.ts';
import { findConflicts, severities } from '../../../core/conflict-check.ts';
import { findInfluenceSignals } from '../../../core/influence-signals.ts';
import type { Locale } from '../../../core/locale.ts';
import { factorIds, nodeIds, type FactorId, type NodeId } from '../../../core/model.ts';
import type { PersonalData } from '../../../core/personal-data.ts';
import { emptyPortfolio } from '../../../core/portfolio.ts';
import { emptyRegister } from '../../../core/register.ts';
import { scoreExposure } from '../../../core/safety.ts';
import { scoreSelfTest } from '../../../core/self-test.ts';
import { actionsInOrder } from '../../../core/action-plan.ts';
import { summarizeStartingPoint } from '../../../core/starting-point.ts';
import { bandMessage } from '../../components/score-chart.tsx';
import type { FrameContent } from '../../i18n/locale-bundle.ts';
import type { MessageId } from '../../i18n/messages.ts';
import type { useT } from '../../i18n/locale-context.tsx';
import type { ReportBlock } from '../../pdf/report-document.ts';
import { conflictEntryName, severityMessage } from '../carry/labels.ts';
import { riskPictureFor } from '../risk/risk-picture.ts';
import type { reportContentFiles } from './report-content.ts';
import { formatDate } from '../self-test/labels.ts';

export interface ReportContext {
  t: ReturnType<typeof useT>;
  locale: Locale;
  frame: FrameContent;
  content: Pick<Content, (typeof reportContentFiles)[number]>;
}

export interface ReportSectionSpec {
  id: 'profile' | 'carry' | 'influence' | 'risk' | 'act';
  title: MessageId;
  /** What the section shows, for the choice on the report page. */
  summary: MessageId;
  hasData: (data: PersonalData) => boolean;
  build: (data: PersonalData, context: ReportContext) => ReportBlock[];
}

const isEmptyRegister = (register = emptyRegister) =>
  Object.values(register).every((list) => list.length === 0);

export const reportSections: readonly ReportSectionSpec[] = [
  {
    id: 'profile',
    title: 'report.section.profile',
    summary: 'report.summary.profile',
    hasData: (data) => (data.selfTest?.attempts.length ?? 0) > 0,
    build: buildProfile,
  },
  {
    id: 'carry',
    title: 'report.section.carry',
    summary: 'report.summary.carry',
    hasData: (data) =>
      Object.keys(data.startingPoint?.marked ?? {}).length > 0 ||
      !isEmptyRegister(data.register) ||
      (data.portfolio?.decisions.length ?? 0) > 0,
    build: buildCarry,
  },
  {
    id: 'influence',
    title: 'report.section.influence',
    summary: 'report.summary.influence',
    hasData: (data) => (data.influence?.entries.length ?? 0) > 0,
    build: buildInfluence,
  },
  {
    id: 'risk',
    title: 'report.section.risk',
    summary: 'report.summary.risk',
    hasData: (data) =>
      (data.riskScan?.features.length ?? 0) + (data.riskScan?.processes.length ?? 0) > 0 ||
      Object.keys(data.safety?.exposure ?? {}).length > 0 ||
      Object.keys(data.safety?.measures ?? {}).length > 0,
    build: buildRisk,
  },
  {
    id: 'act',
    title: 'report.section.act',
    summary: 'report.summary.act',
    hasData: (data) => (data.actionPlan?.actions.length ?? 0) > 0,
    build: buildAct,
  },
];

function buildProfile(data: PersonalData, { t, locale, frame, content }: ReportContext) {
  const attempt = data.selfTest?.attempts[0];
  if (!attempt) return [];
  const factorNodes = Object.fromEntries(
    content.model.factors.map((factor) => [factor.id, factor.node]),
  ) as Record<FactorId, NodeId>;
  const profile = scoreSelfTest(
    content.selftest.items,
    attempt.answers,
    attempt.office,
    factorNodes,
    factorIds,
    nodeIds,
  );
  const factorName = (id: string) =>
    content.model.factors.find((factor) => factor.id === id)?.name ?? id;
  const nodeName = (id: string) => content.model.nodes.find((node) => node.id === id)?.name ?? id;
  const office =
    frame.offices.offices.find((entry) => entry.id === attempt.office)?.name ?? attempt.office;
  const scoreText = (score: number | null, band: keyof typeof bandMessage | null) =>
    score === null || band === null ? t('common.insufficientShort') : String(score);
  const bandText = (band: keyof typeof bandMessage | null) => (band ? t(bandMessage[band]) : '–');
  const bandNames = {
    kracht: t(bandMessage.kracht),
    aandachtspunt: t(bandMessage.aandachtspunt),
    kwetsbaarheid: t(bandMessage.kwetsbaarheid),
  };
  return [
    {
      kind: 'paragraph',
      text: t('selfTest.profileOf', { date: formatDate(attempt.completedAt, locale), office }),
    },
    {
      kind: 'chart',
      title: t('selfTest.chartTitle'),
      rows: profile.factors.map((result) => ({
        name: factorName(result.factor),
        score: result.score,
        band: result.band,
      })),
      bandNames,
    },
    {
      kind: 'table',
      head: [t('report.column.factor'), t('report.column.score'), t('report.column.band')],
      rows: profile.factors.map((result) => [
        factorName(result.factor),
        scoreText(result.score, result.band),
        bandText(result.band),
      ]),
    },
    {
      kind: 'table',
      head: [t('report.column.node'), t('report.column.score'), t('report.column.band')],
      rows: profile.nodes.map((node) => [
        nodeName(node.node),
        scoreText(node.score, node.band),
        bandText(node.band),
      ]),
    },
    { kind: 'paragraph', text: t('report.profile.mirror') },
  ] satisfies ReportBlock[];
}

function buildCarry(data: PersonalData, { t, content }: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const summary = summarizeStartingPoint(
    content.conditions.conditions,
    data.startingPoint ?? { marked: {} },
  );
  blocks.push({ kind: 'heading', text: t('report.carry.startingPoint') });
  if (summary.supports.length + summary.watch.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('report.nothingYet') });
  } else {
    blocks.push(
      { kind: 'paragraph', text: t('report.carry.supports') },
      listOrNothing(
        summary.supports.map((condition) => condition.text),
        t,
      ),
      { kind: 'paragraph', text: t('report.carry.watch') },
      listOrNothing(
        summary.watch.map((condition) => condition.watch ?? condition.text),
        t,
      ),
    );
  }

  const register = data.register ?? emptyRegister;
  const conflicts = findConflicts(register, data.portfolio ?? emptyPortfolio);
  blocks.push({ kind: 'heading', text: t('report.carry.conflicts') });
  if (conflicts.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('report.carry.noConflicts') });
  } else {
    const ruleTitle = (id: string) =>
      content.portfolio.rules.find((rule) => rule.id === id)?.title ?? id;
    const ordered = [...conflicts].sort(
      (a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity),
    );
    blocks.push({
      kind: 'table',
      head: [t('report.column.entry'), t('report.column.finding'), t('report.column.severity')],
      widths: ['*', '*', 'auto'],
      rows: ordered.map((conflict) => [
        conflictEntryName(register, conflict, t),
        ruleTitle(conflict.rule),
        t(severityMessage[conflict.severity]),
      ]),
    });
  }
  return blocks;
}

function buildInfluence(data: PersonalData, { t, content }: ReportContext): ReportBlock[] {
  const entries = data.influence?.entries ?? [];
  const name = (list: ReadonlyArray<{ id: string; name: string }>, id: string) =>
    list.find((item) => item.id === id)?.name ?? id;
  const { influence } = content;
  const signals = findInfluenceSignals(entries);
  return [
    {
      kind: 'table',
      head: [
        t('report.column.who'),
        t('report.column.category'),
        t('report.column.ring'),
        t('report.column.influence'),
        t('report.column.ties'),
      ],
      widths: ['*', 'auto', 'auto', 'auto', '*'],
      rows: entries.map((entry) => [
        entry.label,
        name(influence.categories, entry.category),
        name(influence.rings, entry.ring),
        name(influence.levels, entry.influence),
        entry.ties.map((tie) => name(influence.ties, tie)).join(', '),
      ]),
    },
    { kind: 'heading', text: t('report.influence.signals') },
    signals.length === 0
      ? { kind: 'paragraph', text: t('report.influence.noSignals') }
      : {
          kind: 'list',
          items: signals.map((signal) => {
            const text = influence.signals.find((each) => each.id === signal.signal)!;
            return `${text.title}: ${text.action}`;
          }),
        },
  ];
}

function buildRisk(data: PersonalData, { t, content }: ReportContext): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', text: t('report.risk.picture') }];
  const { risks, safety } = content;
  if (!data.profile) {
    blocks.push({ kind: 'paragraph', text: t('risk.picture.needOffice') });
  } else {
    const { picture, empty } = riskPictureFor(
      data.riskScan ?? { features: [], processes: [] },
      data.profile,
      risks,
    );
    if (empty) blocks.push({ kind: 'paragraph', text: t('report.risk.general') });
    blocks.push({
      kind: 'table',
      head: [t('report.column.domain'), t('report.column.level')],
      rows: picture.map((ranked) => [
        risks.domains.find((domain) => domain.id === ranked.domain)!.title,
        t(`risk.level.${ranked.level}`),
      ]),
    });
  }

  const stored = data.safety ?? { exposure: {}, measures: {} };
  const exposure = scoreExposure(stored.exposure, data.profile?.office);
  blocks.push({ kind: 'heading', text: t('report.risk.safetyPlan') });
  if (exposure.answered > 0) {
    blocks.push({
      kind: 'paragraph',
      text: t('report.risk.exposure', { level: t(`risk.exposure.${exposure.level}`) }),
    });
  }
  const areaTitle = (id: string) => safety.areas.find((area) => area.id === id)?.title ?? id;
  if (exposure.priorityAreas.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: t('report.risk.priority', { areas: exposure.priorityAreas.map(areaTitle).join(', ') }),
    });
  }
  const measures = safety.measures.filter((measure) => stored.measures[measure.id]);
  if (measures.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('report.risk.noMeasures') });
  } else {
    blocks.push({
      kind: 'table',
      head: [t('report.column.measure'), t('report.column.area'), t('report.column.done')],
      rows: measures.map((measure) => [
        measure.title,
        areaTitle(measure.area),
        stored.measures[measure.id]!.done ? t('report.yes') : t('report.no'),
      ]),
    });
  }
  return blocks;
}

function buildAct(data: PersonalData, { t, locale }: ReportContext): ReportBlock[] {
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return [
    {
      kind: 'table',
      head: [t('report.column.action'), t('report.column.due'), t('report.column.status')],
      rows: actionsInOrder(data.actionPlan?.actions ?? []).map((action) => [
        action.title,
        action.due ? dateFormat.format(new Date(`${action.due}T00:00:00Z`)) : '–',
        t(`act.status.${action.status}`),
      ]),
    },
  ];
}

function listOrNothing(items: string[], t: ReportContext['t']): ReportBlock {
  return items.length > 0
    ? { kind: 'list', items }
    : { kind: 'paragraph', text: t('report.nothingYet') };
}
