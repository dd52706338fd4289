/**
 * Organisation overlays: a folder in which a gemeente, provincie or waterschap adds its own
 * contacts, links, tips and dilemmas, in the same YAML format as the national content
 * (`nl/` and `en/`, one file per kind). An entry whose id exists nationally replaces that
 * entry; other entries are added. The merged content is checked like the national content;
 * an overlay with any problem is refused as a whole, and the national content stays in use.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales, type Locale } from '../core/locale.ts';
import {
  checkInternalLinks,
  checkReferences,
  checkSameIds,
  checkUniqueIds,
  problemAt,
  readabilityWarnings,
  readYamlFile,
  validateFile,
  type ContentProblem,
  type ParsedFile,
  type ParsedFiles,
  type Path,
} from './load.ts';
import {
  contentFiles,
  overlayFiles,
  type Content,
  type NationalFileName,
  type Organisation,
  type OverlayFileName,
} from './schema.ts';

export interface OverlayResult {
  /** The merged content, or the national content unchanged when the overlay is refused. */
  content: Record<Locale, Content>;
  applied: boolean;
  /** Why the overlay was refused; empty when it was applied. */
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/** The lists an overlay can add to or replace entries in, and where they live. */
const mergeTargets = [
  { file: 'guides', list: 'contacts', local: 'guides' },
  { file: 'support', list: 'contacts', local: 'support' },
  { file: 'tips', list: 'tips', local: 'tips' },
  { file: 'dilemmas', list: 'themes', local: null },
  { file: 'dilemmas', list: 'dilemmas', local: 'dilemmas' },
] as const satisfies ReadonlyArray<{
  file: OverlayFileName & NationalFileName;
  list: string;
  local: keyof Organisation['local'] | null;
}>;

const overlayFileNames = Object.keys(overlayFiles) as OverlayFileName[];
const allowedFiles = overlayFileNames.map((name) => `${name}.yaml`).join(', ');

/** True when a folder looks like an overlay (it has nl/organisation.yaml). */
export function isOverlayFolder(folder: string): boolean {
  return existsSync(join(folder, 'nl', 'organisation.yaml'));
}

/** Applies the overlay in `folder` to valid national content, or refuses it with problems. */
export function applyOverlay(folder: string, national: Record<Locale, Content>): OverlayResult {
  const problems: ContentProblem[] = [];
  const refused = (): OverlayResult => ({
    content: national,
    applied: false,
    problems,
    warnings: [],
  });
  const shown = relative(process.cwd(), folder) || folder;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    problems.push({
      file: shown,
      field: '',
      message: 'the overlay folder does not exist; check WEERBAAR_OVERLAY or the folder you gave',
    });
    return refused();
  }

  const parsed = readOverlayFiles(folder, problems);
  for (const locale of locales) checkUniqueIds(parsed[locale], problems);
  checkSameIds(parsed.nl, parsed.en, problems);

  const merged = {} as Record<Locale, Content>;
  for (const locale of locales) {
    const files = parsed[locale];
    const known = new Set(national[locale].sources.sources.map((source) => source.id));
    checkReferences(files, known, problems);
    checkInternalLinks(files, locale, problems);
    const valid: Partial<Record<OverlayFileName, Record<string, unknown>>> = {};
    for (const name of overlayFileNames) {
      const entry = files[name];
      const data = entry && validateFile<unknown>(entry, overlayFiles[name], problems);
      if (data) valid[name] = data as Record<string, unknown>;
    }
    if (!valid.organisation) {
      if (!files.organisation) {
        problems.push({
          file: join(shown, locale, 'organisation.yaml'),
          field: '',
          message:
            'the file is missing; every overlay names its organisation in nl/ and en/organisation.yaml',
        });
      }
      continue;
    }
    merged[locale] = mergeLocale(national[locale], valid, files, problems);
  }

  if (problems.length > 0) return refused();
  return { content: merged, applied: true, problems, warnings: readabilityWarnings(parsed.nl) };
}

/** Reads `nl/*.yaml` and `en/*.yaml`, refusing files an overlay cannot hold. */
function readOverlayFiles(folder: string, problems: ContentProblem[]): Record<Locale, ParsedFiles> {
  const parsed = { nl: {}, en: {} } as Record<Locale, ParsedFiles>;
  for (const locale of locales) {
    const dir = join(folder, locale);
    if (!existsSync(dir)) {
      problems.push({
        file: relative(process.cwd(), dir) || dir,
        field: '',
        message: `the folder is missing; an overlay has a folder per language (nl/ and en/)`,
      });
      continue;
    }
    for (const fileName of readdirSync(dir).sort()) {
      const path = join(dir, fileName);
      const name = fileName.replace(/\.yaml$/, '');
      if (!fileName.endsWith('.yaml') || !(overlayFileNames as string[]).includes(name)) {
        problems.push({
          file: relative(process.cwd(), path) || path,
          field: '',
          message: `an overlay cannot hold this file; it can hold ${allowedFiles}`,
        });
        continue;
      }
      const entry = readYamlFile(path, problems);
      if (entry) parsed[locale][name] = entry;
    }
  }
  for (const name of overlayFileNames) {
    const [only, missing] = parsed.nl[name] ? ['nl', 'en'] : ['en', 'nl'];
    const present = parsed[only as Locale][name];
    if (present && !parsed[missing as Locale][name]) {
      problems.push({
        file: present.file,
        field: '',
        message: `this file exists in ${only} but not in ${missing}; every language needs ${name}.yaml`,
      });
    }
  }
  return parsed;
}

interface Entry {
  id: string;
}

/** National content with the overlay's entries in place, checked again as a whole. */
function mergeLocale(
  base: Content,
  valid: Partial<Record<OverlayFileName, Record<string, unknown>>>,
  files: ParsedFiles,
  problems: ContentProblem[],
): Content {
  const content = { ...base } as Record<string, unknown>;
  const local: Organisation['local'] = { guides: [], support: [], tips: [], dilemmas: [] };
  // Per national file and list: the overlay's entries by id, to trace a problem back.
  const origin = new Map<string, Map<string, number>>();

  for (const { file, list, local: localKey } of mergeTargets) {
    const entries = valid[file]?.[list] as Entry[] | undefined;
    if (!entries) continue;
    const current = content[file] as Record<string, unknown>;
    const baseList = current[list] as Entry[];
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const baseIds = new Set(baseList.map((entry) => entry.id));
    content[file] = {
      ...current,
      [list]: [
        ...baseList.map((entry) => byId.get(entry.id) ?? entry),
        ...entries.filter((entry) => !baseIds.has(entry.id)),
      ],
    };
    origin.set(`${file}.${list}`, new Map(entries.map((entry, index) => [entry.id, index])));
    if (localKey) local[localKey].push(...entries.map((entry) => entry.id));
  }

  for (const file of new Set(mergeTargets.map((target) => target.file))) {
    if (!valid[file]) continue;
    const result = contentFiles[file].safeParse(content[file]);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push(traceIssue(files[file]!, content[file], origin, file, issue));
    }
  }

  const organisation = valid.organisation as Omit<Organisation, 'local'>;
  return { ...(content as Content), organisation: { ...organisation, local } };
}

/**
 * A problem of the merged content, reported in the overlay file: at the overlay's own entry
 * when the problem is inside one, otherwise at the top of the file, saying it arose together
 * with the national content.
 */
function traceIssue(
  entry: ParsedFile,
  mergedData: unknown,
  origin: Map<string, Map<string, number>>,
  file: string,
  issue: { path: PropertyKey[]; message: string },
): ContentProblem {
  const [list, index, ...rest] = issue.path as Path;
  if (typeof list === 'string' && typeof index === 'number') {
    const mergedEntry = ((mergedData as Record<string, Entry[]>)[list] ?? [])[index];
    const at = mergedEntry && origin.get(`${file}.${list}`)?.get(mergedEntry.id);
    if (at !== undefined) return problemAt(entry, [list, at, ...rest], issue.message);
  }
  return {
    file: entry.file,
    field: (issue.path as Path).join('.'),
    message: `together with the national content: ${issue.message}`,
  };
}

/**
 * A fingerprint of an overlay's files, so the server can tell whether a build was made with
 * the overlay it is asked to serve (and with its latest version).
 */
export function overlayFingerprint(folder: string): string {
  const hash = createHash('sha256');
  for (const locale of locales) {
    const dir = join(folder, locale);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      hash.update(`${locale}/${fileName}\0`);
      hash.update(readFileSync(join(dir, fileName)));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
