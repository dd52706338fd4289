/**
 * Loads and checks the content folder: parses each YAML file, validates it against its
 * schema, and checks what no single file can: references between entries and ids that
 * exist in one language only. Every problem names the file, line, entry and field.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { locales, type Locale } from '../core/locale.ts';
import { contentFiles, type Content, type ContentFileName } from './schema.ts';

/** One problem in the content, precise enough to fix without reading code. */
export interface ContentProblem {
  file: string;
  line?: number;
  /** Where in the file, with list entries named by their id: `factors[kompas].sources`. */
  field: string;
  message: string;
}

export interface ContentLoadResult {
  content: Record<Locale, Content> | null;
  problems: ContentProblem[];
}

type Path = ReadonlyArray<string | number>;

interface ParsedFile {
  file: string;
  source: string;
  document: Document;
  data: unknown;
}

/** Loads `root/nl` and `root/en`; content is null when there is any problem. */
export function loadContent(root: string): ContentLoadResult {
  const problems: ContentProblem[] = [];
  const parsed: Partial<Record<Locale, Partial<Record<ContentFileName, ParsedFile>>>> = {};
  const valid: Partial<Record<Locale, Partial<Content>>> = {};

  for (const locale of locales) {
    parsed[locale] = {};
    valid[locale] = {};
    for (const name of Object.keys(contentFiles) as ContentFileName[]) {
      const path = join(root, locale, `${name}.yaml`);
      const file = relative(process.cwd(), path) || path;
      if (!existsSync(path)) {
        problems.push({
          file,
          field: '',
          message: `the file is missing; every language needs ${name}.yaml`,
        });
        continue;
      }
      const source = readFileSync(path, 'utf8');
      const document = parseDocument(source, { prettyErrors: true });
      if (document.errors.length > 0) {
        for (const error of document.errors) {
          problems.push({
            file,
            line: error.linePos?.[0]?.line,
            field: '',
            message: `YAML: ${error.message.split('\n')[0]}`,
          });
        }
        continue;
      }
      const data: unknown = document.toJS();
      const entry: ParsedFile = { file, source, document, data };
      parsed[locale]![name] = entry;
      const result = contentFiles[name].safeParse(data);
      if (result.success) {
        (valid[locale] as Record<string, unknown>)[name] = result.data;
      } else {
        for (const issue of result.error.issues) {
          problems.push(problemAt(entry, issue.path as Path, issue.message));
        }
      }
    }
  }

  for (const locale of locales) {
    checkUniqueIds(parsed[locale]!, problems);
    checkReferences(parsed[locale]!, problems);
  }
  checkSameIds(parsed.nl!, parsed.en!, problems);

  const complete = locales.every(
    (locale) => Object.keys(valid[locale]!).length === Object.keys(contentFiles).length,
  );
  return {
    content: problems.length === 0 && complete ? (valid as Record<Locale, Content>) : null,
    problems,
  };
}

/** Formats a problem as `file:line  field: message` for terminals and CI logs. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

function problemAt(entry: ParsedFile, path: Path, message: string): ContentProblem {
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
function checkUniqueIds(
  files: Partial<Record<ContentFileName, ParsedFile>>,
  problems: ContentProblem[],
) {
  for (const entry of Object.values(files)) {
    const seen = new Set<string>();
    for (const { path, id } of collectIds(entry.data)) {
      const key = `${path.slice(0, -1).join('.')}#${id}`;
      if (seen.has(key))
        problems.push(
          problemAt(entry, [...path, 'id'], `id "${id}" is used more than once in this list`),
        );
      seen.add(key);
    }
  }
}

/** Every `sources: [id]` list must name sources that exist in sources.yaml. */
function checkReferences(
  files: Partial<Record<ContentFileName, ParsedFile>>,
  problems: ContentProblem[],
) {
  const known = new Set(
    collectIds(files.sources?.data)
      .filter(({ path }) => path[0] === 'sources')
      .map(({ id }) => id),
  );
  if (!files.sources) return;
  for (const entry of Object.values(files)) {
    walk(entry.data, [], (value, path) => {
      if (path[path.length - 2] !== 'sources' || typeof path[path.length - 1] !== 'number') return;
      if (entry === files.sources) return;
      if (typeof value === 'string' && !known.has(value)) {
        problems.push(problemAt(entry, path, `source "${value}" does not exist in sources.yaml`));
      }
    });
  }
}

/** An id present in one language must be present in the other, at the same place. */
function checkSameIds(
  nl: Partial<Record<ContentFileName, ParsedFile>>,
  en: Partial<Record<ContentFileName, ParsedFile>>,
  problems: ContentProblem[],
) {
  for (const name of Object.keys(contentFiles) as ContentFileName[]) {
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
          problemAt(left, item.path, `id "${item.id}" exists in nl but not in en (${right.file})`),
        );
      }
    }
    for (const item of collectIds(right.data)) {
      if (!leftKeys.has(key(item))) {
        problems.push(
          problemAt(right, item.path, `id "${item.id}" exists in en but not in nl (${left.file})`),
        );
      }
    }
  }
}

function collectIds(data: unknown): Array<{ path: Path; id: string }> {
  const found: Array<{ path: Path; id: string }> = [];
  walk(data, [], (value, path) => {
    if (path[path.length - 1] === 'id' && typeof value === 'string')
      found.push({ path: path.slice(0, -1), id: value });
  });
  return found;
}

function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], visit));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  }
}
