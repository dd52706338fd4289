/**
 * The private incident log (block "Wat kom je tegen?"): what happened, when, what evidence
 * was kept, to whom it was reported, and whether charges were filed; and the overview that
 * can be handed to the griffier or the police.
 */
import { z } from 'zod/mini';
import { dateField, entryId, optionalTextField, textField } from './form-fields.ts';
import { maxEntries } from './register.ts';

export const incidentKinds = [
  'verbaal',
  'online',
  'bedreiging',
  'fysiek',
  'intimidatie-familie',
  'benadering-criminelen',
] as const;
export type IncidentKind = (typeof incidentKinds)[number];

export const incidentSchema = z.strictObject({
  id: entryId,
  date: dateField,
  kind: z.enum(incidentKinds, 'required'),
  description: textField(2000, { multiline: true }),
  evidence: optionalTextField(1000, { multiline: true }),
  reportedTo: optionalTextField(200),
  aangifte: z.boolean('required'),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentLogSchema = z.strictObject({
  entries: z.array(incidentSchema).check(z.maxLength(maxEntries, 'too-many')),
});
export type IncidentLog = z.infer<typeof incidentLogSchema>;

export const emptyIncidentLog: IncidentLog = { entries: [] };

/** The entries with the newest first; entries of one day keep the order they were logged. */
export function incidentsByDate(entries: readonly Incident[]): Incident[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date));
}

export interface IncidentOverviewWords {
  title: string;
  subtitle: string;
  kind: (kind: IncidentKind) => string;
  labels: {
    description: string;
    evidence: string;
    reportedTo: string;
    aangifte: string;
  };
  yes: string;
  no: string;
  none: string;
  empty: string;
}

/** A plain-text overview of the log, oldest first as a report reads, for the griffier or police. */
export function formatIncidentOverview(
  entries: readonly Incident[],
  words: IncidentOverviewWords,
  formatDate: (isoDay: string) => string,
): string {
  const oldestFirst = incidentsByDate(entries).reverse();
  const blocks = oldestFirst.map((incident, index) =>
    [
      `${index + 1}. ${formatDate(incident.date)} – ${words.kind(incident.kind)}`,
      `${words.labels.description}: ${incident.description}`,
      `${words.labels.evidence}: ${incident.evidence ?? words.none}`,
      `${words.labels.reportedTo}: ${incident.reportedTo ?? words.none}`,
      `${words.labels.aangifte}: ${incident.aangifte ? words.yes : words.no}`,
    ].join('\n'),
  );
  const body = blocks.length > 0 ? blocks.join('\n\n') : words.empty;
  return `${words.title}\n${words.subtitle}\n\n${body}\n`;
}
