/**
 * The conflict-of-interest check: where the register (side positions, financial interests,
 * close ties, gifts) touches the user's policy areas and upcoming decisions. Each finding
 * names the rule that fired, its severity and the lawful steps to take; the words for each
 * rule and step are content.
 */
import { namesMatch } from './name-match.ts';
import { areRelatedAreas, type PolicyArea, type Sector } from './policy-areas.ts';
import type { Decision, Portfolio } from './portfolio.ts';
import type { Register, RegisterListName } from './register.ts';

export const severities = ['high', 'medium', 'low'] as const;
export type Severity = (typeof severities)[number];

/** The rules of the check, from most to least serious. */
export const conflictRules = [
  'party-in-decision',
  'person-in-decision',
  'gift-from-decision-party',
  'offer-from-decision-party',
  'sector-of-decision',
  'sector-of-portfolio',
  'related-sector',
  'gift-unreported',
] as const;
export type ConflictRule = (typeof conflictRules)[number];

/** The lawful steps the check can point to. */
export const conflictSteps = [
  'abstain',
  'report',
  'make-public',
  'decline-gift',
  'record-gift',
  'ask-advice',
] as const;
export type ConflictStep = (typeof conflictSteps)[number];

const ruleOutcome: Record<ConflictRule, { severity: Severity; steps: ConflictStep[] }> = {
  'party-in-decision': { severity: 'high', steps: ['abstain', 'report', 'make-public'] },
  'person-in-decision': { severity: 'high', steps: ['abstain', 'report', 'ask-advice'] },
  'gift-from-decision-party': {
    severity: 'high',
    steps: ['decline-gift', 'report', 'abstain', 'ask-advice'],
  },
  'offer-from-decision-party': { severity: 'medium', steps: ['record-gift', 'report'] },
  'sector-of-decision': { severity: 'medium', steps: ['ask-advice', 'make-public', 'abstain'] },
  'sector-of-portfolio': { severity: 'medium', steps: ['make-public', 'ask-advice'] },
  'related-sector': { severity: 'low', steps: ['ask-advice'] },
  'gift-unreported': { severity: 'medium', steps: ['record-gift', 'ask-advice'] },
};

/** A register entry a finding is about. */
export interface EntryRef {
  list: RegisterListName;
  id: string;
}

/** What in the user's work the entry touches: a decision, or a policy area. */
export type ConflictTarget =
  | { kind: 'decision'; decisionId: string; area: PolicyArea; party?: string }
  | { kind: 'area'; area: PolicyArea }
  | { kind: 'none' };

export interface Conflict {
  rule: ConflictRule;
  severity: Severity;
  entry: EntryRef;
  target: ConflictTarget;
  steps: ConflictStep[];
}

/** The names by which an entry can be recognised among a decision's parties. */
interface EntryNames {
  organisations: string[];
  people: string[];
}

interface FlatEntry {
  ref: EntryRef;
  sector?: Sector;
  names: EntryNames;
}

function flatten(register: Register): FlatEntry[] {
  const present = (...names: Array<string | undefined>) =>
    names.filter((name): name is string => Boolean(name?.trim()));
  return [
    ...register.sideJobs.map((job) => ({
      ref: { list: 'sideJobs' as const, id: job.id },
      sector: job.sector,
      names: { organisations: present(job.organisation), people: [] },
    })),
    ...register.financialInterests.map((interest) => ({
      ref: { list: 'financialInterests' as const, id: interest.id },
      sector: interest.sector,
      names: { organisations: present(interest.organisation), people: [] },
    })),
    ...register.closeTies.map((tie) => ({
      ref: { list: 'closeTies' as const, id: tie.id },
      sector: tie.sector,
      names: { organisations: present(tie.organisation), people: present(tie.person) },
    })),
  ];
}

function matchingParty(decision: Decision, names: readonly string[]): string | undefined {
  return decision.parties.find((party) => names.some((name) => namesMatch(name, party)));
}

function finding(rule: ConflictRule, entry: EntryRef, target: ConflictTarget): Conflict {
  return { rule, entry, target, ...ruleOutcome[rule] };
}

/** The findings for one interest (side job, financial interest or tie); the strongest first. */
function interestFindings(entry: FlatEntry, portfolio: Portfolio): Conflict[] {
  const findings: Conflict[] = [];
  for (const decision of portfolio.decisions) {
    const target = (party?: string): ConflictTarget => ({
      kind: 'decision',
      decisionId: decision.id,
      area: decision.area,
      ...(party ? { party } : {}),
    });
    const organisation = matchingParty(decision, entry.names.organisations);
    const person = matchingParty(decision, entry.names.people);
    if (organisation) findings.push(finding('party-in-decision', entry.ref, target(organisation)));
    else if (person) findings.push(finding('person-in-decision', entry.ref, target(person)));
    else if (entry.sector === decision.area) {
      findings.push(finding('sector-of-decision', entry.ref, target()));
    }
  }
  const sector = entry.sector;
  if (sector && sector !== 'anders') {
    const decided = new Set(
      findings.map((found) => found.target.kind === 'decision' && found.target.area),
    );
    if (portfolio.areas.includes(sector) && !decided.has(sector)) {
      findings.push(finding('sector-of-portfolio', entry.ref, { kind: 'area', area: sector }));
    } else if (!portfolio.areas.includes(sector) && findings.length === 0) {
      const related = portfolio.areas.find((area) => areRelatedAreas(area, sector));
      if (related) {
        findings.push(finding('related-sector', entry.ref, { kind: 'area', area: related }));
      }
    }
  }
  return findings;
}

function giftFindings(register: Register, portfolio: Portfolio): Conflict[] {
  return register.gifts.flatMap((gift) => {
    const ref = { list: 'gifts' as const, id: gift.id };
    const decision = portfolio.decisions.find((candidate) => matchingParty(candidate, [gift.from]));
    if (decision) {
      const party = matchingParty(decision, [gift.from])!;
      const target: ConflictTarget = {
        kind: 'decision',
        decisionId: decision.id,
        area: decision.area,
        party,
      };
      return [
        finding(
          gift.accepted ? 'gift-from-decision-party' : 'offer-from-decision-party',
          ref,
          target,
        ),
      ];
    }
    if (gift.accepted && !gift.reported) {
      return [finding('gift-unreported', ref, { kind: 'none' })];
    }
    return [];
  });
}

const severityOrder = (severity: Severity) => severities.indexOf(severity);
const ruleOrder = (rule: ConflictRule) => conflictRules.indexOf(rule);

/**
 * Every place where the register touches the portfolio or an upcoming decision, the most
 * serious first. An entry's match with a decision's party outweighs a match of sectors; an
 * entry in an unrelated sector gives no finding.
 */
export function findConflicts(register: Register, portfolio: Portfolio): Conflict[] {
  const findings = [
    ...flatten(register).flatMap((entry) => interestFindings(entry, portfolio)),
    ...giftFindings(register, portfolio),
  ];
  // A stable sort keeps the register's own order within each severity and rule.
  return findings.sort(
    (a, b) =>
      severityOrder(a.severity) - severityOrder(b.severity) ||
      ruleOrder(a.rule) - ruleOrder(b.rule),
  );
}

/** How many findings there are of each severity, for a summary line. */
export function countBySeverity(conflicts: readonly Conflict[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const conflict of conflicts) counts[conflict.severity] += 1;
  return counts;
}
