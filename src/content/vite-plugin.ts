/**
 * Vite plugin that turns the toolkit's words into virtual modules:
 * - `virtual:content/<locale>/<file>`: one validated content file, e.g. `virtual:content/nl/site`;
 * - `virtual:content/loaders`: lazy loaders for all of them, so pages fetch only what they show;
 * - `virtual:messages/<locale>/<group>` and `virtual:messages/loaders`: precompiled interface
 *   texts, one module per group (see src/client/i18n/message-groups.ts);
 * - `virtual:areas`: the lists of gemeenten, provincies and waterschappen.
 * A content or message problem stops the build and names file, line and field.
 *
 * With an organisation overlay (`WEERBAAR_OVERLAY`, docs/decisions/020-organisation-overlays.md)
 * the content modules hold the merged content and `virtual:content/<locale>/organisation`
 * names the organisation; an overlay with problems is refused with a message and the build
 * keeps the national content. The client build records which overlay it holds in
 * `content-overlay.json`, so the server can refuse to serve a build made without it.
 * In preview mode (`npm run dev:content`) every saved content file reloads the page, and
 * the check's errors and warnings are shown on the page instead of stopping the server.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileMessages, messagesDir } from '../../build/messages.ts';
import { lazyMessageGroups, messageGroupOf } from '../client/i18n/message-groups.ts';
import { locales, type Locale } from '../core/locale.ts';
import { readAreas } from './areas.ts';
import { formatProblem, loadContent, type ContentProblem } from './load.ts';
import { applyOverlay, overlayFingerprint } from './overlay.ts';
import { overlayStampFile, type OverlayStamp } from './overlay-stamp.ts';
import { contentFiles, type Content, type ContentFileName } from './schema.ts';

const contentLoadersId = 'virtual:content/loaders';
const messageLoadersId = 'virtual:messages/loaders';
const areasId = 'virtual:areas';
const previewModuleId = 'virtual:content-preview';

/** What the live preview shows on the page (src/client/content-preview.ts). */
export interface PreviewReport {
  errors: string[];
  warnings: string[];
  overlayRefused: boolean;
}

const fileNames: ContentFileName[] = [
  ...(Object.keys(contentFiles) as ContentFileName[]),
  'organisation',
];

interface Checked {
  content: Record<Locale, Content> | null;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** Why the overlay was refused (the national content is used then). */
  overlayProblems: ContentProblem[];
  stamp: OverlayStamp;
}

/** The national content, with the overlay applied when there is one and it has no problems. */
export function checkContent(folder: string, overlay: string | undefined): Checked {
  const national = loadContent(folder);
  const stamp: OverlayStamp = {
    folder: overlay ? relative(process.cwd(), resolve(overlay)) || '.' : null,
    fingerprint: overlay ? overlayFingerprint(resolve(overlay)) : null,
    applied: false,
    organisation: null,
  };
  if (!overlay || !national.content) return { ...national, overlayProblems: [], stamp };
  const result = applyOverlay(resolve(overlay), national.content);
  stamp.applied = result.applied;
  stamp.organisation = result.content.nl.organisation?.name ?? null;
  return {
    content: result.content,
    problems: national.problems,
    warnings: [...national.warnings, ...result.warnings],
    overlayProblems: result.problems,
    stamp,
  };
}

function overlayRefusal(checked: Checked): string {
  return [
    `The overlay in ${checked.stamp.folder} is refused; the app keeps the national content:`,
    ...checked.overlayProblems.map(formatProblem),
    'Fix these and build again (check with: npx weerbaar content check <folder>).',
  ].join('\n');
}
const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

function loadersModule(entries: Record<string, string>): string {
  const lines = Object.entries(entries).map(
    ([key, id]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(id)}),`,
  );
  return `export default {\n${lines.join('\n')}\n};`;
}

export interface ContentPluginOptions {
  root?: string;
  /** The organisation overlay folder; defaults to the WEERBAAR_OVERLAY environment variable. */
  overlay?: string;
  /** Live preview for editors: reload on save, show check results on the page. */
  preview?: boolean;
}

export function contentPlugin({
  root = 'content',
  overlay = process.env.WEERBAAR_OVERLAY || undefined,
  preview = false,
}: ContentPluginOptions = {}): Plugin {
  const folder = resolve(root);
  // Every content module needs the whole folder checked (cross-file references), so check once.
  let checked: Checked | undefined;
  // In preview, the last content without errors stays on screen while an edit has errors.
  let lastGood: Record<Locale, Content> | null = null;
  let ssr = false;
  const check = (): Checked => {
    if (checked) return checked;
    checked = checkContent(folder, overlay);
    if (checked.overlayProblems.length > 0) console.error(overlayRefusal(checked));
    if (checked.content) lastGood = checked.content;
    return checked;
  };
  const watched = [folder, ...(overlay ? [resolve(overlay)] : [])];
  return {
    name: 'weerbaar-content',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    watchChange() {
      checked = undefined;
    },
    configureServer(server) {
      if (preview) reloadOnContentChange(server, watched, () => (checked = undefined));
    },
    transformIndexHtml() {
      if (!preview) return undefined;
      return [
        {
          tag: 'script',
          attrs: { type: 'module', src: '/src/client/content-preview.ts' },
          injectTo: 'body',
        },
      ];
    },
    generateBundle() {
      if (ssr) return;
      this.emitFile({
        type: 'asset',
        fileName: overlayStampFile,
        source: `${JSON.stringify(check().stamp, null, 2)}\n`,
      });
    },
    resolveId(id) {
      if (
        id === areasId ||
        id === previewModuleId ||
        id.startsWith('virtual:content/') ||
        id.startsWith('virtual:messages/')
      )
        return `\0${id}`;
      return undefined;
    },
    load(resolved) {
      if (!resolved.startsWith('\0virtual:')) return undefined;
      const id = resolved.slice(1);
      if (id === previewModuleId) {
        const { problems, warnings, overlayProblems } = check();
        const report: PreviewReport = {
          errors: [...problems, ...overlayProblems].map(formatProblem),
          warnings: warnings.map(formatProblem),
          overlayRefused: overlayProblems.length > 0,
        };
        return `export default ${JSON.stringify(report)};`;
      }
      if (id === areasId) {
        return `export default ${JSON.stringify(readAreas(join(folder, 'reference'), readFileSync))};`;
      }
      if (id === contentLoadersId) {
        return loadersModule(
          Object.fromEntries(
            locales.flatMap((locale) =>
              fileNames.map((name) => [`${locale}/${name}`, `virtual:content/${locale}/${name}`]),
            ),
          ),
        );
      }
      if (id === messageLoadersId) {
        const groups = ['frame', ...lazyMessageGroups];
        return loadersModule(
          Object.fromEntries(
            locales.flatMap((locale) =>
              groups.map((group) => [`${locale}/${group}`, `virtual:messages/${locale}/${group}`]),
            ),
          ),
        );
      }
      const [kind, locale, name] = id.slice('virtual:'.length).split('/');
      if (kind === 'messages' && locale && isLocale(locale)) {
        for (const each of locales) this.addWatchFile(resolve(messagesDir, `${each}.json`));
        try {
          const group = Object.entries(compileMessages(locale)).filter(
            ([messageId]) => messageGroupOf(messageId) === name,
          );
          return `export default ${JSON.stringify(Object.fromEntries(group))};`;
        } catch (error) {
          this.error(String(error));
        }
      }
      if (
        kind === 'content' &&
        locale &&
        isLocale(locale) &&
        fileNames.includes(name as ContentFileName)
      ) {
        // Only files that exist: the dev server resolves watched files as imports, and
        // organisation.yaml is no file of the national content.
        for (const each of locales) {
          for (const file of Object.keys(contentFiles)) {
            this.addWatchFile(join(folder, each, `${file}.yaml`));
          }
        }
        const { content, problems } = check();
        const shown = content ?? (preview ? lastGood : null);
        if (!shown) this.error(`Content has problems:\n${problems.map(formatProblem).join('\n')}`);
        return `export default ${JSON.stringify(shown[locale][name as ContentFileName])};`;
      }
      this.error(`Unknown virtual module "${id}"`);
    },
  };
}

/** Reloads the page when a content or overlay file is saved, with the content checked anew. */
function reloadOnContentChange(server: ViteDevServer, folders: string[], reset: () => void) {
  server.watcher.add(folders);
  server.watcher.on('all', (_event, path) => {
    if (!path.endsWith('.yaml') || !folders.some((each) => path.startsWith(each))) return;
    reset();
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith('\0virtual:content') || module.id === `\0${previewModuleId}`)
        server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  });
}
