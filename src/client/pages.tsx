/**
 * Which page shows for a path (after the language prefix), as lazy chunks. The entry point
 * starts loading the first page's chunk together with the language's texts, so they arrive
 * in parallel instead of one after the other.
 */
import { lazy, type ReactElement } from 'react';
import type { ContentFileName } from '../content/schema.ts';
import { blockIds, type BlockId } from '../core/blocks.ts';
import type { Locale } from '../core/locale.ts';
import { pagePaths, type FixedPagePath } from '../core/page-paths.ts';
import { reportContentFiles } from './features/report/report-content.ts';
import { sessionContentFiles } from './features/session/session-content-files.ts';
import { loadContentFile, loadMessageGroup } from './i18n/locale-bundle.ts';
import { WithMessages } from './i18n/locale-context.tsx';
import type { MessageGroup } from './i18n/message-groups.ts';

const loaders = {
  home: () => import('./routes/home-page.tsx'),
  office: () => import('./routes/office-page.tsx'),
  block: () => import('./routes/block-page.tsx'),
  background: () => import('./routes/background-page.tsx'),
  support: () => import('./routes/support-page.tsx'),
  myData: () => import('./routes/my-data-page.tsx'),
  privacy: () =>
    import('./routes/article-page.tsx').then((module) => ({ default: module.PrivacyPage })),
  accessibility: () =>
    import('./routes/article-page.tsx').then((module) => ({ default: module.AccessibilityPage })),
  report: () => import('./features/report/report-page.tsx'),
  notFound: () => import('./routes/not-found-page.tsx'),
  selfTestFlow: () => import('./features/self-test/self-test-flow-page.tsx'),
  selfTestProfile: () => import('./features/self-test/self-test-profile-page.tsx'),
  selfTestHistory: () => import('./features/self-test/self-test-history-page.tsx'),
  selfTestMethod: () => import('./features/self-test/self-test-method-page.tsx'),
  startingPoint: () => import('./features/carry/starting-point-page.tsx'),
  register: () => import('./features/carry/register-page.tsx'),
  conflictCheck: () => import('./features/carry/conflict-check-page.tsx'),
  duties: () => import('./features/carry/duties-page.tsx'),
  statement: () => import('./features/carry/statement-page.tsx'),
  influenceMap: () => import('./features/influence/map-page.tsx'),
  influencePicture: () => import('./features/influence/picture-page.tsx'),
  unwrittenRules: () => import('./features/influence/unwritten-rules-page.tsx'),
  perspectives: () => import('./features/influence/perspectives-page.tsx'),
  cultureScan: () => import('./features/influence/culture-scan-page.tsx'),
  recommendations: () => import('./features/act/recommendations-page.tsx'),
  actionPlan: () => import('./features/act/action-plan-page.tsx'),
  guides: () => import('./features/act/guides-page.tsx'),
  dilemmas: () => import('./features/act/dilemmas-page.tsx'),
  tips: () => import('./features/act/tips-page.tsx'),
  riskScan: () => import('./features/risk/scan-page.tsx'),
  riskPicture: () => import('./features/risk/risk-picture-page.tsx'),
  threats: () => import('./features/risk/threats-page.tsx'),
  safetyPlan: () => import('./features/risk/safety-plan-page.tsx'),
  incidents: () => import('./features/risk/incidents-page.tsx'),
  media: () => import('./features/risk/media-page.tsx'),
  sessionHome: () => import('./features/session/session-home-page.tsx'),
  sessionStart: () => import('./features/session/start-page.tsx'),
  sessionDashboard: () => import('./features/session/dashboard-page.tsx'),
  sessionScreen: () => import('./features/session/screen-page.tsx'),
  sessionParticipant: () => import('./features/session/participant-page.tsx'),
};

const HomePage = lazy(loaders.home);
const OfficePage = lazy(loaders.office);
const BlockPage = lazy(loaders.block);
const BackgroundPage = lazy(loaders.background);
const SupportPage = lazy(loaders.support);
const MyDataPage = lazy(loaders.myData);
const PrivacyPage = lazy(loaders.privacy);
const AccessibilityPage = lazy(loaders.accessibility);
const ReportPage = lazy(loaders.report);
const NotFoundPage = lazy(loaders.notFound);
const SelfTestFlowPage = lazy(loaders.selfTestFlow);
const SelfTestProfilePage = lazy(loaders.selfTestProfile);
const SelfTestHistoryPage = lazy(loaders.selfTestHistory);
const SelfTestMethodPage = lazy(loaders.selfTestMethod);
const StartingPointPage = lazy(loaders.startingPoint);
const RegisterPage = lazy(loaders.register);
const ConflictCheckPage = lazy(loaders.conflictCheck);
const DutiesPage = lazy(loaders.duties);
const StatementPage = lazy(loaders.statement);
const InfluenceMapPage = lazy(loaders.influenceMap);
const InfluencePicturePage = lazy(loaders.influencePicture);
const UnwrittenRulesPage = lazy(loaders.unwrittenRules);
const PerspectivesPage = lazy(loaders.perspectives);
const CultureScanPage = lazy(loaders.cultureScan);
const RecommendationsPage = lazy(loaders.recommendations);
const ActionPlanPage = lazy(loaders.actionPlan);
const GuidesPage = lazy(loaders.guides);
const DilemmasPage = lazy(loaders.dilemmas);
const TipsPage = lazy(loaders.tips);
const RiskScanPage = lazy(loaders.riskScan);
const RiskPicturePage = lazy(loaders.riskPicture);
const ThreatsPage = lazy(loaders.threats);
const SafetyPlanPage = lazy(loaders.safetyPlan);
const IncidentsPage = lazy(loaders.incidents);
const MediaPage = lazy(loaders.media);
const SessionHomePage = lazy(loaders.sessionHome);
const SessionStartPage = lazy(loaders.sessionStart);
const SessionDashboardPage = lazy(loaders.sessionDashboard);
const SessionScreenPage = lazy(loaders.sessionScreen);
const SessionParticipantPage = lazy(loaders.sessionParticipant);

// Typed against core's list: a page added there without a component here (or here without
// an entry there) fails the typecheck.
const fixedPaths: Record<FixedPagePath, keyof typeof loaders> = {
  '': 'home',
  ambt: 'office',
  achtergrond: 'background',
  'meer-weten': 'support',
  'mijn-gegevens': 'myData',
  privacy: 'privacy',
  toegankelijkheid: 'accessibility',
  rapport: 'report',
  'wie-ben-jij/test': 'selfTestFlow',
  'wie-ben-jij/profiel': 'selfTestProfile',
  'wie-ben-jij/geschiedenis': 'selfTestHistory',
  'wie-ben-jij/hoe-werkt-de-score': 'selfTestMethod',
  'wat-draag-je-mee/startpunt': 'startingPoint',
  'wat-draag-je-mee/register': 'register',
  'wat-draag-je-mee/belangencheck': 'conflictCheck',
  'wat-draag-je-mee/plichten': 'duties',
  'wat-draag-je-mee/verklaring': 'statement',
  'wie-wat-beinvloedt-jou/kaart': 'influenceMap',
  'wie-wat-beinvloedt-jou/beeld': 'influencePicture',
  'wie-wat-beinvloedt-jou/regels': 'unwrittenRules',
  'wie-wat-beinvloedt-jou/perspectieven': 'perspectives',
  'wie-wat-beinvloedt-jou/cultuurscan': 'cultureScan',
  'wat-kun-je-doen/aanbevelingen': 'recommendations',
  'wat-kun-je-doen/actieplan': 'actionPlan',
  'wat-kun-je-doen/wat-te-doen-als': 'guides',
  'wat-kun-je-doen/dilemmas': 'dilemmas',
  'wat-kun-je-doen/tips': 'tips',
  'wat-kom-je-tegen/scan': 'riskScan',
  'wat-kom-je-tegen/risicobeeld': 'riskPicture',
  'wat-kom-je-tegen/dreiging': 'threats',
  'wat-kom-je-tegen/veiligheidsplan': 'safetyPlan',
  'wat-kom-je-tegen/incidenten': 'incidents',
  'wat-kom-je-tegen/media': 'media',
  sessie: 'sessionHome',
  'sessie/nieuw': 'sessionStart',
  'sessie/beheer': 'sessionDashboard',
  'sessie/scherm': 'sessionScreen',
  'sessie/doe': 'sessionParticipant',
};

export { pagePaths };

/** Page paths rendered to HTML at build time (in every language). A block's tools show the
 * user's own data, so they render in the browser only. */
export const prerenderedPaths: readonly string[] = [
  ...Object.keys(fixedPaths).filter((path) => !path.includes('/')),
  ...blockIds,
];

function isBlockId(path: string): path is BlockId {
  return (blockIds as readonly string[]).includes(path);
}

function pageKind(path: string): keyof typeof loaders {
  return isBlockId(path) ? 'block' : (fixedPaths[path as FixedPagePath] ?? 'notFound');
}

/** Content files each kind of page reads (beyond the frame content every page has). */
const pageContent: Partial<Record<keyof typeof loaders, ContentFileName[]>> = {
  background: ['background', 'model', 'sources'],
  support: ['support', 'sources', 'organisation'],
  privacy: ['privacy'],
  accessibility: ['accessibility'],
  report: [...reportContentFiles],
  selfTestFlow: ['selftest', 'model'],
  selfTestProfile: ['selftest', 'model'],
  selfTestHistory: ['selftest', 'model'],
  selfTestMethod: ['selftest', 'model'],
  startingPoint: ['conditions'],
  register: ['portfolio'],
  conflictCheck: ['portfolio', 'sources'],
  duties: ['duties', 'sources'],
  statement: ['portfolio'],
  influenceMap: ['influence'],
  influencePicture: ['influence'],
  unwrittenRules: ['influence'],
  perspectives: ['influence'],
  cultureScan: ['culture', 'sources'],
  recommendations: ['tips', 'conditions', 'model', 'portfolio', 'influence', 'risks', 'sources'],
  actionPlan: ['tips'],
  guides: ['guides', 'sources', 'organisation'],
  dilemmas: ['dilemmas', 'sources'],
  tips: ['tips', 'model', 'sources'],
  riskScan: ['risks'],
  riskPicture: ['risks', 'sources'],
  threats: ['safety', 'sources'],
  safetyPlan: ['safety'],
  media: ['media', 'sources'],
  sessionStart: [...sessionContentFiles],
  sessionDashboard: [...sessionContentFiles],
  sessionScreen: [...sessionContentFiles],
  sessionParticipant: [...sessionContentFiles],
};

/** The interface texts of a block that each kind of page needs beyond the frame's. */
function pageMessages(kind: keyof typeof loaders): MessageGroup[] {
  if (kind.startsWith('selfTest')) return ['selfTest'];
  if (kind.startsWith('session')) return ['session'];
  // The report speaks of every block in that block's own words.
  if (kind === 'report') return ['report', 'selfTest', 'carry', 'risk', 'act'];
  const group = (
    {
      startingPoint: 'carry',
      register: 'carry',
      conflictCheck: 'carry',
      duties: 'carry',
      statement: 'carry',
      influenceMap: 'influence',
      influencePicture: 'influence',
      unwrittenRules: 'influence',
      perspectives: 'influence',
      cultureScan: 'influence',
      riskScan: 'risk',
      riskPicture: 'risk',
      threats: 'risk',
      safetyPlan: 'risk',
      incidents: 'risk',
      media: 'risk',
      myData: 'data',
      recommendations: 'act',
      actionPlan: 'act',
      guides: 'act',
      dilemmas: 'act',
      tips: 'act',
    } as const satisfies Partial<Record<keyof typeof loaders, MessageGroup>>
  )[kind as 'register'];
  return group ? [group] : [];
}

/** Starts loading the page at this path: its code, texts and content, in parallel. */
export function preloadPage(path: string, locale: Locale): Promise<unknown> {
  const kind = pageKind(path);
  // A block's tool loads its own content after the introduction (see block-page.tsx).
  const files = pageContent[kind] ?? [];
  return Promise.all([
    loaders[kind](),
    ...files.map((file) => loadContentFile(locale, file)),
    ...pageMessages(kind).map((group) => loadMessageGroup(locale, group)),
  ]);
}

/** The page element for a path such as '', 'ambt' or 'wie-ben-jij'. */
export function renderPage(path: string): ReactElement {
  if (isBlockId(path)) return <BlockPage key={path} blockId={path} />;
  const kind = pageKind(path);
  const Page = {
    home: HomePage,
    office: OfficePage,
    block: NotFoundPage,
    background: BackgroundPage,
    support: SupportPage,
    myData: MyDataPage,
    privacy: PrivacyPage,
    accessibility: AccessibilityPage,
    report: ReportPage,
    notFound: NotFoundPage,
    selfTestFlow: SelfTestFlowPage,
    selfTestProfile: SelfTestProfilePage,
    selfTestHistory: SelfTestHistoryPage,
    selfTestMethod: SelfTestMethodPage,
    startingPoint: StartingPointPage,
    register: RegisterPage,
    conflictCheck: ConflictCheckPage,
    duties: DutiesPage,
    statement: StatementPage,
    influenceMap: InfluenceMapPage,
    influencePicture: InfluencePicturePage,
    unwrittenRules: UnwrittenRulesPage,
    perspectives: PerspectivesPage,
    cultureScan: CultureScanPage,
    recommendations: RecommendationsPage,
    actionPlan: ActionPlanPage,
    guides: GuidesPage,
    dilemmas: DilemmasPage,
    tips: TipsPage,
    riskScan: RiskScanPage,
    riskPicture: RiskPicturePage,
    threats: ThreatsPage,
    safetyPlan: SafetyPlanPage,
    incidents: IncidentsPage,
    media: MediaPage,
    sessionHome: SessionHomePage,
    sessionStart: SessionStartPage,
    sessionDashboard: SessionDashboardPage,
    sessionScreen: SessionScreenPage,
    sessionParticipant: SessionParticipantPage,
  }[kind];
  const groups = pageMessages(kind);
  return groups.length > 0 ? (
    <WithMessages groups={groups}>
      <Page />
    </WithMessages>
  ) : (
    <Page />
  );
}
