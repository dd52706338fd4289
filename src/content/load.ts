/**
 * Loads and checks the content folder: parses each YAML file, validates it against its
 * schema, and checks what no single file can: references between entries and ids that
 * exist in one language only. Every problem names the file, line, entry and field.
 * Dutch texts that read hard get a warning, which does not stop anything.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { locales, type Locale } from '../core/locale.ts';
import { linkProblem, linksIn } from './links.ts';
import { hardTextThreshold, minimumWordsToScore, readabilityOf } from './readability.ts';
import { contentFiles, type Content, type NationalFileName } from './schema.ts';

/** One problem in the content, precise enough to fix without reading code. */
export interface ContentProblem {
  file: string;
  line?: number;
  /** Where in the file, with list entries named by their id: `factors[kompas].sources`. */
  field: string;
  message: string;
}

export interface ContentLoadResult {
  /** Null when there is any problem; `organisation` is null (no overlay). */
  content: Record<Locale, Content> | null;
  /** Errors: the content cannot be used until they are fixed. */
  problems: ContentProblem[];
  /** Signals worth a second look (hard Dutch texts); they never stop a build. */
  warnings: ContentProblem[];
}

export type Path = ReadonlyArray<string | number>;

export interface ParsedFile {
  file: string;
  source: string;
  document: Document;
  data: unknown;
}

export type ParsedFiles = Partial<Record<string, ParsedFile>>;

/** Reads and parses one YAML file; null (with problems added) when it does not parse. */
export function readYamlFile(path: string, problems: ContentProblem[]): ParsedFile | null {
  const file = relative(process.cwd(), path) || path;
  const source = readFileSync(path, 'utf8');
  const document = parseDocument(source, { prettyErrors: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({
        file,
        line: error.linePos?.[0]?.line,
        field: '',
        message: `YAML: ${error.message.split('\n')[0]}; check the indentation and quotes on this line`,
      });
    }
    return null;
  }
  return { file, source, document, data: document.toJS() };
}

/** Validates a parsed file; returns the data, or null with each issue added as a problem. */
export function validateFile<T>(
  entry: ParsedFile,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): T | null {
  const result = schema.safeParse(entry.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown field is reported at its own line, not at the entry that holds it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1
        ? [...issue.path, issue.keys[0]!]
        : issue.path;
    problems.push(problemAt(entry, path as Path, messageOf(issue)));
  }
  return null;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown field ${keys}: remove it or check the spelling`;
  }
  return issue.message;
}

/** Loads `root/nl` and `root/en`; content is null when there is any problem. */
export function loadContent(root: string): ContentLoadResult {
  const problems: ContentProblem[] = [];
  const parsed: Partial<Record<Locale, ParsedFiles>> = {};
  const valid: Partial<Record<Locale, Record<string, unknown>>> = {};

  for (const locale of locales) {
    parsed[locale] = {};
    valid[locale] = {};
    for (const name of Object.keys(contentFiles) as NationalFileName[]) {
      const path = join(root, locale, `${name}.yaml`);
      if (!existsSync(path)) {
        problems.push({
          file: relative(process.cwd(), path) || path,
          field: '',
          message: `the file is missing; every language needs ${name}.yaml`,
        });
        continue;
      }
      const entry = readYamlFile(path, problems);
      if (!entry) continue;
      parsed[locale][name] = entry;
      const data = validateFile<unknown>(entry, contentFiles[name], problems);
      if (data) valid[locale][name] = data;
    }
  }

  for (const locale of locales) {
    checkUniqueIds(parsed[locale]!, problems);
    checkReferences(parsed[locale]!, knownSourceIds(parsed[locale]!), problems);
    checkTipReferences(parsed[locale]!, knownTipIds(parsed[locale]!), problems);
    checkInternalLinks(parsed[locale]!, locale, problems);
  }
  checkSameIds(parsed.nl!, parsed.en!, problems);

  const complete = locales.every(
    (locale) => Object.keys(valid[locale]!).length === Object.keys(contentFiles).length,
  );
  const content =
    problems.length === 0 && complete
      ? (Object.fromEntries(
          locales.map((locale) => [locale, { ...valid[locale], organisation: null }]),
        ) as Record<Locale, Content>)
      : null;
  return { content, problems, warnings: readabilityWarnings(parsed.nl!) };
}

/** Formats a problem as `file:line  field: message` for terminals and CI logs. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** A problem at a path in a parsed file, with its line and its entries named by id. */
export function problemAt(entry: ParsedFile, path: Path, message: string): ContentProblem {
  return {
    file: entry.file,
    line: lineOf(entry, path),
    field: describePath(entry.data, path),
    message,
  };
}

/** The 1-based line of the deepest node that exists along the path. */
function lineOf(entry: ParsedFile, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = entry.document.getIn(path.slice(0, depth), true);
    const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
    if (Array.isArray(range) && typeof range[0] === 'number') {
      return entry.source.slice(0, range[0]).split('\n').length;
    }
  }
  return undefined;
}

/** Turns `['factors', 2, 'sources']` into `factors[kompas].sources` using entry ids. */
function describePath(data: unknown, path: Path): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    const next: unknown =
      node && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[key]
        : undefined;
    if (typeof key === 'number') {
      const entryId = next && typeof next === 'object' ? (next as { id?: unknown }).id : undefined;
      out += typeof entryId === 'string' ? `[${entryId}]` : `[${key}]`;
    } else {
      out += out ? `.${key}` : key;
    }
    node = next;
  }
  return out;
}

/** Within one list, every id is used once. */
export function checkUniqueIds(files: ParsedFiles, problems: ContentProblem[]) {
  for (const entry of Object.values(files)) {
    if (!entry) continue;
    const seen = new Set<string>();
    for (const { path, id } of collectIds(entry.data)) {
      const key = `${path.slice(0, -1).join('.')}#${id}`;
      if (seen.has(key))
        problems.push(
          problemAt(
            entry,
            [...path, 'id'],
            `id "${id}" is used more than once in this list; give each entry its own id`,
          ),
        );
      seen.add(key);
    }
  }
}

/** The ids of sources.yaml, or null when that file could not be read. */
export function knownSourceIds(files: ParsedFiles): ReadonlySet<string> | null {
  if (!files.sources) return null;
  return new Set(
    collectIds(files.sources.data)
      .filter(({ path }) => path[0] === 'sources')
      .map(({ id }) => id),
  );
}

/** The ids of the tips in tips.yaml, or null when that file could not be read. */
export function knownTipIds(files: ParsedFiles): ReadonlySet<string> | null {
  if (!files.tips) return null;
  return new Set(
    collectIds(files.tips.data)
      .filter(({ path }) => path[0] === 'tips')
      .map(({ id }) => id),
  );
}

/** Every `sources: [id]` list must name sources that exist in sources.yaml. */
export function checkReferences(
  files: ParsedFiles,
  known: ReadonlySet<string> | null,
  problems: ContentProblem[],
) {
  if (!known) return;
  for (const [name, entry] of Object.entries(files)) {
    if (!entry || name === 'sources') continue;
    walk(entry.data, [], (value, path) => {
      if (path[path.length - 2] !== 'sources' || typeof path[path.length - 1] !== 'number') return;
      if (typeof value === 'string' && !known.has(value)) {
        problems.push(
          problemAt(
            entry,
            path,
            `source "${value}" does not exist in sources.yaml; add it there or correct the id`,
          ),
        );
      }
    });
  }
}

/** The self-test's factors point to tips (`tips: [id]`); each must exist in tips.yaml. */
function checkTipReferences(
  files: ParsedFiles,
  known: ReadonlySet<string> | null,
  problems: ContentProblem[],
) {
  const selfTest = files.selftest;
  if (!known || !selfTest) return;
  walk(selfTest.data, [], (value, path) => {
    if (path[0] !== 'factors' || path[path.length - 2] !== 'tips') return;
    if (typeof value === 'string' && !known.has(value)) {
      problems.push(
        problemAt(
          selfTest,
          path,
          `tip "${value}" does not exist in tips.yaml; add the tip or correct the id`,
        ),
      );
    }
  });
}

/** Links to pages of the toolkit (in `url` fields and in texts) must lead to a page. */
export function checkInternalLinks(files: ParsedFiles, locale: Locale, problems: ContentProblem[]) {
  for (const entry of Object.values(files)) {
    if (!entry) continue;
    walk(entry.data, [], (value, path) => {
      if (typeof value !== 'string') return;
      for (const link of linksIn(value, path[path.length - 1])) {
        const message = linkProblem(link, locale);
        if (message) problems.push(problemAt(entry, path, message));
      }
    });
  }
}

/** Keys whose texts are not running prose (citations, addresses) and are not scored. */
const unscoredKeys = new Set(['citation', 'url', 'id']);

/** A warning for each Dutch text long enough to score that reads well above B1. */
export function readabilityWarnings(files: ParsedFiles): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const entry of Object.values(files)) {
    if (!entry) continue;
    walk(entry.data, [], (value, path) => {
      if (typeof value !== 'string' || unscoredKeys.has(String(path[path.length - 1]))) return;
      const { words, score } = readabilityOf(value);
      if (words < minimumWordsToScore || score >= hardTextThreshold) return;
      warnings.push(
        problemAt(
          entry,
          path,
          `hard to read (Flesch–Douma ${score}, aim for 60 or more; below ${hardTextThreshold} is well above B1): use shorter sentences and shorter, everyday words`,
        ),
      );
    });
  }
  return warnings;
}

/** An id present in one language must be present in the other, at the same place. */
export function checkSameIds(nl: ParsedFiles, en: ParsedFiles, problems: ContentProblem[]) {
  for (const name of new Set([...Object.keys(nl), ...Object.keys(en)])) {
    const left = nl[name];
    const right = en[name];
    if (!left || !right) continue;
    const key = ({ path, id }: { path: Path; id: string }) =>
      `${path.filter((p) => typeof p === 'string').join('.')}#${id}`;
    const leftIds = collectIds(left.data);
    const rightKeys = new Set(collectIds(right.data).map(key));
    const leftKeys = new Set(leftIds.map(key));
    for (const item of leftIds) {
      if (!rightKeys.has(key(item))) {
        problems.push(
          problemAt(
            left,
            item.path,
            `id "${item.id}" exists in nl but not in en (${right.file}); add it there or remove it here`,
          ),
        );
      }
    }
    for (const item of collectIds(right.data)) {
      if (!leftKeys.has(key(item))) {
        problems.push(
          problemAt(
            right,
            item.path,
            `id "${item.id}" exists in en but not in nl (${left.file}); add it there or remove it here`,
          ),
        );
      }
    }
  }
}

export function collectIds(data: unknown): Array<{ path: Path; id: string }> {
  const found: Array<{ path: Path; id: string }> = [];
  walk(data, [], (value, path) => {
    if (path[path.length - 1] === 'id' && typeof value === 'string')
      found.push({ path: path.slice(0, -1), id: value });
  });
  return found;
}

export function walk(
  value: unknown,
  path: Path,
  visit: (value: unknown, path: Path) => void,
): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}
