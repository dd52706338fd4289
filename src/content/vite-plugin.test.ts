import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentPlugin } from './vite-plugin.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the real content that a test may break. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-preview-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Loads a virtual module through the plugin as Vite would, returning its default export. */
function loadModule(plugin: ReturnType<typeof contentPlugin>, id: string): unknown {
  const load = plugin.load as (this: unknown, id: string) => string | undefined;
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const code = load.call(context, `\0${id}`)!;
  return JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
}

describe('live preview for content editors (npm run dev:content)', () => {
  it('shows the check errors of a saved file and keeps the last good content on the page', () => {
    const root = contentCopy();
    const plugin = contentPlugin({ root, preview: true, overlay: undefined });
    const before = loadModule(plugin, 'virtual:content/nl/support') as { heading: string };
    expect(before.heading).toBe('Meer weten of doen?');

    const file = join(root, 'nl', 'support.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^heading: .*$/m, 'heading: ""'));
    // What Vite calls when a watched file is saved.
    (plugin.watchChange as () => void)();

    const report = loadModule(plugin, 'virtual:content-preview') as { errors: string[] };
    expect(report.errors).toEqual([
      expect.stringMatching(/nl\/support\.yaml:1 {2}heading: this text is empty$/),
    ]);
    expect(loadModule(plugin, 'virtual:content/nl/support')).toEqual(before);
  });

  it('stops a build on the same error instead', () => {
    const root = contentCopy();
    const file = join(root, 'en', 'support.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^heading: .*$/m, 'heading: ""'));
    const plugin = contentPlugin({ root, overlay: undefined });
    expect(() => loadModule(plugin, 'virtual:content/en/support')).toThrow(
      /Content has problems:\n.*en\/support\.yaml:1 {2}heading: this text is empty/,
    );
  });
});
