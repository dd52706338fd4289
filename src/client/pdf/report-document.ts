/**
 * A printable report as plain data: a title page line or two, then sections of headings,
 * paragraphs, lists, tables and score charts. Features build it from what the user stored;
 * `make-pdf.ts` turns it into a PDF. Keeping the two apart lets the personal report and the
 * group session's report share one renderer, and lets the contents be tested without a PDF.
 */
import type { Band } from '../../core/likert.ts';

export interface ReportChartRow {
  name: string;
  /** 0–100, or null when there were too few answers to score. */
  score: number | null;
  band: Band | null;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; widths?: ('auto' | '*')[] }
  | { kind: 'chart'; title: string; rows: ReportChartRow[]; bandNames: Record<Band, string> };

export interface ReportSection {
  id: string;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  /** BCP 47 tag of the report's language, for the PDF's metadata and screen readers. */
  language: 'nl' | 'en';
  title: string;
  /** Lines under the title: for whom, made when, with which version. */
  subtitle: string[];
  sections: ReportSection[];
  /** A closing note on every page's foot, e.g. that the report is private. */
  footer: string;
  /** "page {page} of {pages}" in the report's language. */
  pageLabel: (page: number, pages: number) => string;
}
