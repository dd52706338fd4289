import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from './load.ts';
import { checkBuildOverlay, overlayStampFile } from './overlay-stamp.ts';
import { applyOverlay, overlayFingerprint } from './overlay.ts';
import { checkContent } from './vite-plugin.ts';

const national = loadContent('content').content!;
const example = 'examples/gemeente-lindewold';
const fixture = (name: string) => join('src/content/fixtures/overlays', name);

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-overlay-'));
  dirs.push(dir);
  return dir;
}

/** The problems of a refused overlay, formatted; the national content must be kept. */
function refusal(folder: string): string {
  const result = applyOverlay(folder, national);
  expect(result.applied).toBe(false);
  expect(result.content).toBe(national);
  return result.problems.map(formatProblem).join('\n');
}

describe('an organisation overlay', () => {
  const { content, applied, problems } = applyOverlay(example, national);

  it('is applied when it has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(applied).toBe(true);
    expect(content.nl.organisation?.name).toBe('Gemeente Lindewold');
    expect(content.en.organisation?.local.support).toEqual([
      'griffier',
      'meldpunt-lindewold',
      'vertrouwenspersoon-lindewold',
    ]);
  });

  it('overrides a national contact in place, keeping the others', () => {
    const contacts = content.nl.guides.contacts;
    const griffier = contacts.filter((contact) => contact.id === 'griffier');
    expect(griffier).toHaveLength(1);
    expect(griffier[0]!.name).toBe('Griffie van de gemeenteraad van Lindewold');
    expect(griffier[0]!.phone).toBe('069-000 001');
    expect(contacts.findIndex((contact) => contact.id === 'griffier')).toBe(
      national.nl.guides.contacts.findIndex((contact) => contact.id === 'griffier'),
    );
    const nationalIds = national.nl.guides.contacts.map((contact) => contact.id);
    expect(contacts.map((contact) => contact.id).slice(0, nationalIds.length)).toEqual(nationalIds);
    expect(contacts.some((contact) => contact.id === 'meldpunt-lindewold')).toBe(true);
    // The national content itself is not changed.
    expect(national.nl.guides.contacts.find((c) => c.id === 'griffier')!.name).toBe('De griffier');
  });

  it('adds a dilemma and a tip after the national ones', () => {
    expect(content.en.dilemmas.dilemmas).toHaveLength(national.en.dilemmas.dilemmas.length + 1);
    expect(content.en.dilemmas.dilemmas.at(-1)!.id).toBe('lindewold-jubileum-haven');
    expect(content.nl.tips.tips.at(-1)!.title).toBe(
      'Zet het meldpunt van Lindewold in je telefoon',
    );
    expect(content.nl.organisation?.local.dilemmas).toEqual(['lindewold-jubileum-haven']);
  });
});

describe('an overlay with problems is refused and the national content is kept', () => {
  it('an unknown key, at its own line', () => {
    expect(refusal(fixture('unknown-key'))).toMatch(
      /unknown-key\/nl\/organisation\.yaml:4 {2}colour: unknown field "colour": remove it or check the spelling/,
    );
  });

  it('a broken entry: each field named, by the entry’s id', () => {
    const problems = refusal(fixture('broken-entry'));
    expect(problems).toMatch(
      /broken-entry\/nl\/guides\.yaml:3 {2}contacts\[meldpunt-proefdorp\]\.name: this text is empty/,
    );
    expect(problems).toMatch(
      /broken-entry\/nl\/guides\.yaml:5 {2}contacts\[meldpunt-proefdorp\]\.phone: write a phone number with digits/,
    );
  });

  it('a file an overlay cannot hold, naming those it can', () => {
    expect(refusal(fixture('unknown-file'))).toMatch(
      /unknown-file\/nl\/risks\.yaml {2}an overlay cannot hold this file; it can hold organisation\.yaml, guides\.yaml/,
    );
  });

  it('a file in one language only', () => {
    expect(refusal(fixture('one-language'))).toMatch(
      /one-language\/nl\/tips\.yaml {2}this file exists in nl but not in en; every language needs tips\.yaml/,
    );
  });

  it('the organisation file missing in a language', () => {
    expect(refusal(fixture('missing-organisation'))).toMatch(
      /missing-organisation\/en\/organisation\.yaml {2}the file is missing; every overlay names its organisation/,
    );
  });

  it('references to a theme and a source that do not exist, checked with the national content', () => {
    const problems = refusal(fixture('dangling-reference'));
    expect(problems).toMatch(
      /nl\/dilemmas\.yaml:5 {2}dilemmas\[proefdorp-dilemma\]\.theme: theme "geen-bestaand-thema" does not exist in themes; use one of: geschenken-en-uitnodigingen/,
    );
    expect(problems).toMatch(
      /en\/dilemmas\.yaml:25 {2}dilemmas\[proefdorp-dilemma\]\.sources\[0\]: source "geen-bestaande-bron" does not exist in sources\.yaml/,
    );
  });

  it('an id used twice in one list', () => {
    expect(refusal(fixture('duplicate-id'))).toMatch(
      /duplicate-id\/nl\/support\.yaml:6 {2}contacts\[meldpunt-proefdorp\]\.id: id "meldpunt-proefdorp" is used more than once/,
    );
  });

  it('an id in one language only', () => {
    const problems = refusal(fixture('id-one-language'));
    expect(problems).toMatch(
      /nl\/support\.yaml:2 .*"meldpunt-proefdorp" exists in nl but not in en/,
    );
    expect(problems).toMatch(
      /en\/support\.yaml:2 .*"reporting-point-proefdorp" exists in en but not/,
    );
  });

  it('a link to a toolkit page that does not exist, or in the other language', () => {
    const problems = refusal(fixture('broken-link'));
    expect(problems).toMatch(
      /broken-link\/nl\/organisation\.yaml:9 {2}links\[hulp\]\.url: link "\/hulp" goes to a page of the toolkit that does not exist/,
    );
    expect(problems).toMatch(
      /broken-link\/en\/organisation\.yaml:9 {2}links\[hulp\]\.url: link "\/meer-weten" goes to the Dutch page; in en\/ write \/en\/meer-weten/,
    );
  });

  it('a folder that does not exist', () => {
    expect(refusal('no/such/overlay')).toMatch(/the overlay folder does not exist/);
  });

  it('at build: the content modules get the national content, with the reason', () => {
    const checked = checkContent('content', fixture('broken-entry'));
    expect(checked.content!.nl.organisation).toBeNull();
    expect(checked.content!.nl.guides).toEqual(national.nl.guides);
    expect(checked.overlayProblems.length).toBeGreaterThan(0);
    expect(checked.stamp).toMatchObject({ applied: false, organisation: null });
  });
});

describe('the server’s check of the overlay in a build', () => {
  function buildWith(stamp: object | null): string {
    const dir = tempDir();
    if (stamp) writeFileSync(join(dir, overlayStampFile), JSON.stringify(stamp));
    return dir;
  }
  const stampOf = (folder: string, applied = true) => ({
    folder,
    fingerprint: overlayFingerprint(folder),
    applied,
    organisation: 'Gemeente Lindewold',
  });

  it('serves a national build without an overlay', () => {
    expect(checkBuildOverlay(buildWith(null), undefined)).toEqual({
      ok: true,
      message: 'Content: national.',
    });
  });

  it('refuses to serve a build made without the overlay asked for at start', () => {
    const result = checkBuildOverlay(buildWith(null), example);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/was built without an overlay/);
    expect(result.message).toMatch(`WEERBAAR_OVERLAY=${example} npm run build`);
  });

  it('refuses a build made with an older version of the overlay', () => {
    const copy = join(tempDir(), 'overlay');
    cpSync(example, copy, { recursive: true });
    const stamp = stampOf(copy);
    const path = join(copy, 'nl', 'organisation.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Lindewold', 'Lindewoud'));
    const result = checkBuildOverlay(buildWith({ ...stamp, folder: copy }), copy);
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toMatch(/with an older version of it/);
  });

  it('serves a build with the overlay asked for', () => {
    expect(checkBuildOverlay(buildWith(stampOf(example)), example)).toEqual({
      ok: true,
      message: 'Content: national, with the overlay of Gemeente Lindewold.',
    });
  });

  it('serves the national content when the overlay was refused at build, and says so', () => {
    const result = checkBuildOverlay(buildWith(stampOf(example, false)), example);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/was refused at build; see: npx weerbaar content check/);
  });
});
