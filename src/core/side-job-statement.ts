/**
 * The draft public statement of side positions (opgave nevenfuncties) in the usual form:
 * one line per position with function, organisation, paid or unpaid, and since when. The
 * words come from the caller, in the user's language.
 */
import type { SideJob } from './register.ts';

export interface StatementWords {
  title: string;
  /** A line under the title, such as the office and the date of the draft. */
  subtitle: string;
  paid: string;
  unpaid: string;
  /** "since {date}", with the date already formatted. */
  since: (date: string) => string;
  none: string;
}

/** The statement as plain text, ready to copy or save. */
export function draftSideJobStatement(
  sideJobs: readonly SideJob[],
  words: StatementWords,
  formatDate: (isoDate: string) => string,
): string {
  const lines = sideJobs.map((job) =>
    [
      job.role,
      job.organisation,
      job.paid ? words.paid : words.unpaid,
      job.since && words.since(formatDate(job.since)),
    ]
      .filter(Boolean)
      .join(' – '),
  );
  const body = lines.length > 0 ? lines.map((line) => `- ${line}`) : [words.none];
  return [words.title, words.subtitle, '', ...body, ''].join('\n');
}
