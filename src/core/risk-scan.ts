/**
 * The area and portfolio risk scan (block "Wat kom je tegen?"): the features of the user's
 * area, the vulnerable processes their office touches, and the pure engine that turns them
 * with office and body into a ranked risk picture. Every score names its reasons.
 */
import { z } from 'zod/mini';
import { roleOf, type Body, type Office } from './office.ts';

/** Features of an area that draw organised crime or pressure (content explains each). */
export const areaFeatures = [
  'vakantieparken',
  'leegstaande-agrarische-gebouwen',
  'haven-of-logistiek',
  'bedrijventerreinen',
  'grensregio',
  'horeca-en-shishalounges',
  'grote-evenementen',
  'studentenstad',
  'toeristische-trekpleister',
  'arbeidsmigranten',
  'krappe-woningmarkt',
  'zorgaanbieders-met-pgb',
  'kasintensieve-bedrijven',
  'grote-bouwprojecten',
  'dijken-en-waterwerken',
  'natuurgebieden',
  'jachthavens-en-vaarwegen',
  'hechte-kleine-kernen',
] as const;
export type AreaFeature = (typeof areaFeatures)[number];

/** Vulnerable processes in the SAINT sense: where an office can be used or pressed. */
export const vulnerableProcesses = [
  'vergunningverlening',
  'handhaving',
  'aanbesteding-en-inkoop',
  'subsidies',
  'grondtransacties-en-vastgoed',
  'ruimtelijke-plannen',
  'evenementen',
  'zorg-en-jeugdcontracten',
  'benoemingen',
  'vertrouwelijke-informatie',
] as const;
export type VulnerableProcess = (typeof vulnerableProcesses)[number];

export const riskDomains = [
  'vakantieparken',
  'buitengebied',
  'havens-en-logistiek',
  'bedrijventerreinen',
  'horeca-en-kasintensieve-ondernemingen',
  'vastgoed-en-witwassen',
  'zorgfraude',
  'arbeidsuitbuiting',
  'evenementen',
  'vergunningen-en-bibob',
  'aanbesteding-en-inkoop',
  'subsidies-en-stichtingen',
  'grenscriminaliteit',
  'drugsafval-en-milieu',
  'waterwerken-en-grond',
  'beinvloeding-van-bestuurders',
  'lekken-van-informatie',
] as const;
export type RiskDomain = (typeof riskDomains)[number];

interface DomainRule {
  /** The bodies in which the domain plays; elsewhere it is left out. */
  bodies: readonly Body[];
  /** Relevance without any answer, per body: what every office holder there should know. */
  baseline: Partial<Record<Body, number>>;
  features: Partial<Record<AreaFeature, number>>;
  processes: Partial<Record<VulnerableProcess, number>>;
}

const all: readonly Body[] = ['gemeente', 'provincie', 'waterschap'];

/**
 * Why these numbers: an area feature that is a known target (FACTS §6) weighs 3–4; a process
 * through which the office can be used weighs 2–3; a related feature 1–2. A baseline of 2 or
 * more puts a domain in every picture of that body, because it plays everywhere there.
 */
const domainRules: Record<RiskDomain, DomainRule> = {
  vakantieparken: {
    bodies: ['gemeente', 'provincie'],
    baseline: {},
    features: { vakantieparken: 4, 'toeristische-trekpleister': 1, arbeidsmigranten: 1 },
    processes: { handhaving: 2, vergunningverlening: 2, 'ruimtelijke-plannen': 1 },
  },
  buitengebied: {
    bodies: all,
    baseline: {},
    features: {
      'leegstaande-agrarische-gebouwen': 4,
      natuurgebieden: 1,
      'hechte-kleine-kernen': 1,
    },
    processes: { handhaving: 2, 'ruimtelijke-plannen': 2, vergunningverlening: 1 },
  },
  'havens-en-logistiek': {
    bodies: all,
    baseline: {},
    features: { 'haven-of-logistiek': 4, 'jachthavens-en-vaarwegen': 2, bedrijventerreinen: 1 },
    processes: {
      vergunningverlening: 2,
      'grondtransacties-en-vastgoed': 1,
      'vertrouwelijke-informatie': 1,
    },
  },
  bedrijventerreinen: {
    bodies: ['gemeente', 'provincie'],
    baseline: {},
    features: { bedrijventerreinen: 4, 'kasintensieve-bedrijven': 1, grensregio: 1 },
    processes: { handhaving: 2, vergunningverlening: 1, 'grondtransacties-en-vastgoed': 2 },
  },
  'horeca-en-kasintensieve-ondernemingen': {
    bodies: ['gemeente'],
    baseline: {},
    features: {
      'horeca-en-shishalounges': 4,
      'kasintensieve-bedrijven': 3,
      studentenstad: 1,
      'toeristische-trekpleister': 1,
    },
    processes: { vergunningverlening: 2, handhaving: 2 },
  },
  'vastgoed-en-witwassen': {
    bodies: all,
    baseline: { gemeente: 1 },
    features: { 'krappe-woningmarkt': 3, 'grote-bouwprojecten': 2, 'kasintensieve-bedrijven': 1 },
    processes: { 'grondtransacties-en-vastgoed': 3, 'ruimtelijke-plannen': 2 },
  },
  zorgfraude: {
    bodies: ['gemeente'],
    baseline: {},
    features: { 'zorgaanbieders-met-pgb': 4 },
    processes: { 'zorg-en-jeugdcontracten': 3, subsidies: 1 },
  },
  arbeidsuitbuiting: {
    bodies: ['gemeente', 'provincie'],
    baseline: {},
    features: { arbeidsmigranten: 4, vakantieparken: 1, 'krappe-woningmarkt': 1 },
    processes: { handhaving: 2, vergunningverlening: 1 },
  },
  evenementen: {
    bodies: ['gemeente', 'provincie'],
    baseline: {},
    features: { 'grote-evenementen': 4, studentenstad: 1, 'toeristische-trekpleister': 1 },
    processes: { evenementen: 3, vergunningverlening: 1, subsidies: 1 },
  },
  'vergunningen-en-bibob': {
    bodies: all,
    baseline: { gemeente: 2, provincie: 1, waterschap: 1 },
    features: { 'horeca-en-shishalounges': 1, 'kasintensieve-bedrijven': 1 },
    processes: { vergunningverlening: 3, subsidies: 1, 'aanbesteding-en-inkoop': 1 },
  },
  'aanbesteding-en-inkoop': {
    bodies: all,
    baseline: { gemeente: 1, provincie: 2, waterschap: 2 },
    features: { 'grote-bouwprojecten': 2, 'dijken-en-waterwerken': 1 },
    processes: { 'aanbesteding-en-inkoop': 3, 'zorg-en-jeugdcontracten': 1 },
  },
  'subsidies-en-stichtingen': {
    bodies: ['gemeente', 'provincie'],
    baseline: { provincie: 1 },
    features: { 'hechte-kleine-kernen': 1, 'grote-evenementen': 1 },
    processes: { subsidies: 3 },
  },
  grenscriminaliteit: {
    bodies: all,
    baseline: {},
    features: { grensregio: 4, 'haven-of-logistiek': 1, 'jachthavens-en-vaarwegen': 1 },
    processes: { handhaving: 1 },
  },
  'drugsafval-en-milieu': {
    bodies: all,
    baseline: { waterschap: 2, provincie: 1 },
    features: {
      natuurgebieden: 3,
      'leegstaande-agrarische-gebouwen': 2,
      'dijken-en-waterwerken': 1,
    },
    processes: { handhaving: 2, vergunningverlening: 1 },
  },
  'waterwerken-en-grond': {
    bodies: ['waterschap', 'provincie'],
    baseline: { waterschap: 3 },
    features: { 'dijken-en-waterwerken': 3, 'jachthavens-en-vaarwegen': 1 },
    processes: {
      'grondtransacties-en-vastgoed': 2,
      'aanbesteding-en-inkoop': 2,
      vergunningverlening: 1,
    },
  },
  'beinvloeding-van-bestuurders': {
    bodies: all,
    baseline: { gemeente: 3, provincie: 2, waterschap: 2 },
    features: { 'hechte-kleine-kernen': 2 },
    processes: { benoemingen: 2, vergunningverlening: 1, 'ruimtelijke-plannen': 1 },
  },
  'lekken-van-informatie': {
    bodies: all,
    baseline: { gemeente: 2, provincie: 2, waterschap: 2 },
    features: {},
    processes: { 'vertrouwelijke-informatie': 3, benoemingen: 1, 'aanbesteding-en-inkoop': 1 },
  },
};

export const riskLevels = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** Scores from which a domain counts as high or medium; below medium it is low. */
export const riskLevelFloors = { high: 6, medium: 3 } as const;

/**
 * Executives take the decisions in a process, so their processes weigh half again as much;
 * a representative controls them; a candidate does not touch them yet.
 */
const processFactor = { executive: 1.5, representative: 1, candidate: 0.5 } as const;

/** What raised a domain's score: a feature, a process or the body itself. */
export type RiskReason =
  | { kind: 'feature'; feature: AreaFeature; points: number }
  | { kind: 'process'; process: VulnerableProcess; points: number }
  | { kind: 'baseline'; body: Body; points: number };

export interface RankedDomain {
  domain: RiskDomain;
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
}

export const riskScanSchema = z.strictObject({
  features: z.array(z.enum(areaFeatures)).check(z.maxLength(areaFeatures.length)),
  processes: z.array(z.enum(vulnerableProcesses)).check(z.maxLength(vulnerableProcesses.length)),
});
export type RiskScan = z.infer<typeof riskScanSchema>;

export const emptyRiskScan: RiskScan = { features: [], processes: [] };

function levelOf(score: number): RiskLevel {
  if (score >= riskLevelFloors.high) return 'high';
  return score >= riskLevelFloors.medium ? 'medium' : 'low';
}

/**
 * The risk picture: every domain that plays in the body and has a reason, ranked by score
 * (ties in the order of `riskDomains`), each with the reasons behind its score. Domains
 * without any reason are left out; an empty scan gives each body's general picture.
 */
export function rankRiskDomains(scan: RiskScan, office: Office, body: Body): RankedDomain[] {
  const factor = processFactor[roleOf(office)];
  const ranked = riskDomains.flatMap((domain) => {
    const rule = domainRules[domain];
    if (!rule.bodies.includes(body)) return [];
    const reasons: RiskReason[] = [];
    const baseline = rule.baseline[body];
    if (baseline) reasons.push({ kind: 'baseline', body, points: baseline });
    for (const feature of scan.features) {
      const points = rule.features[feature];
      if (points) reasons.push({ kind: 'feature', feature, points });
    }
    for (const process of scan.processes) {
      const points = rule.processes[process];
      if (points) reasons.push({ kind: 'process', process, points: points * factor });
    }
    if (reasons.length === 0) return [];
    const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
    return [{ domain, score, level: levelOf(score), reasons }];
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/** The rule behind a domain, for the page that explains how the picture is made. */
export function domainRule(domain: RiskDomain): Readonly<DomainRule> {
  return domainRules[domain];
}
