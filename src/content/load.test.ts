import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from './load.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the real content with one file changed by `edit`. */
function contentWith(locale: 'nl' | 'en', file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-content-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  const path = join(dir, locale, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function problemsOf(dir: string): string[] {
  const { content, problems } = loadContent(dir);
  expect(content).toBeNull();
  return problems.map(formatProblem);
}

describe('content check', () => {
  it('accepts the shipped content in both languages', () => {
    const { content, problems } = loadContent('content');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content?.nl.model.factors).toHaveLength(6);
    expect(content?.en.model.nodes.map((node) => node.id)).toEqual([
      'preventie',
      'monitoring',
      'weerbaar-reageren',
    ]);
  });

  it('names file, line, entry and field of an empty text', () => {
    const dir = contentWith('nl', 'model.yaml', (text) =>
      text.replace(/^(\s+)name: Moreel kompas$/m, '$1name: ""'),
    );
    const [problem] = problemsOf(dir);
    expect(problem).toMatch(/nl\/model\.yaml:\d+ {2}factors\[kompas\]\.name: this text is empty/);
  });

  it('rejects an unknown factor id and names the allowed ones', () => {
    const dir = contentWith('en', 'model.yaml', (text) =>
      text.replace('id: kompas', 'id: compass'),
    );
    const problems = problemsOf(dir);
    expect(
      problems.some((p) =>
        /en\/model\.yaml:\d+ {2}factors\[compass\]\.id: the id must be one of: kompas/.test(p),
      ),
    ).toBe(true);
    expect(problems.some((p) => p.includes('id "kompas" exists in nl but not in en'))).toBe(true);
  });

  it('rejects a field that does not exist in the schema', () => {
    const dir = contentWith('nl', 'site.yaml', (text) => `${text}\ncolour: blue\n`);
    expect(problemsOf(dir).join('\n')).toMatch(/nl\/site\.yaml.*colour/);
  });

  it('rejects a reference to a source that does not exist', () => {
    const dir = contentWith('nl', 'model.yaml', (text) =>
      text.replace(/(sources:\n\s+- )[a-z0-9-]+/, '$1no-such-source'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /nl\/model\.yaml:\d+ {2}factors\[[a-z]+\]\.sources\[0\]: source "no-such-source" does not exist/,
    );
  });

  it('rejects an id present in one language only', () => {
    const dir = contentWith('en', 'sources.yaml', (text) =>
      text.replace(/id: ([a-z0-9-]+)/, 'id: $1-en-only'),
    );
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/exists in en but not in nl/);
    expect(problems).toMatch(/exists in nl but not in en/);
  });

  it('rejects an id used twice in one list', () => {
    const dir = contentWith('nl', 'support.yaml', (text) => {
      const ids = [...text.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((match) => match[1]);
      return text.replace(`- id: ${ids[1]}`, `- id: ${ids[0]}`);
    });
    expect(problemsOf(dir).join('\n')).toMatch(/is used more than once in this list/);
  });

  it('requires the rule of a legal duty for every office it applies to', () => {
    const dir = contentWith('nl', 'duties.yaml', (text) =>
      text.replace('      - offices: [wethouder]\n', '      - offices: [raadslid]\n'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /duties\.yaml:\d+ {2}duties\[eed-of-belofte\]\.references: give exactly one reference for office "(raadslid|wethouder)"/,
    );
  });

  it('requires a "watch" text on a condition that can weaken', () => {
    const dir = contentWith('en', 'conditions.yaml', (text) => text.replace(/\n {4}watch: .*/, ''));
    expect(problemsOf(dir).join('\n')).toMatch(
      /conditions\.yaml:\d+ {2}conditions\[[a-z-]+\]\.watch: a condition that can weaken needs a "watch" text/,
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = contentWith('nl', 'offices.yaml', (text) => `${text}\n  bad: [unclosed\n`);
    expect(problemsOf(dir).join('\n')).toMatch(/nl\/offices\.yaml:\d+ {2}YAML:/);
  });

  it('reports a missing file', () => {
    const dir = contentWith('en', 'support.yaml', (text) => text);
    rmSync(join(dir, 'en', 'support.yaml'));
    expect(problemsOf(dir).join('\n')).toMatch(/en\/support\.yaml {2}the file is missing/);
  });

  it('rejects an overlong text, naming its limit', () => {
    const dir = contentWith('nl', 'support.yaml', (text) =>
      text.replace(/^emergency: (.*)$/m, (_, value: string) => `emergency: ${value.repeat(20)}`),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /nl\/support\.yaml:3 {2}emergency: this text is longer than 300 characters; split or shorten it$/m,
    );
  });

  it('rejects a link to a toolkit page that does not exist, in a url field', () => {
    const dir = contentWith('nl', 'guides.yaml', (text) =>
      text.replace('url: https://www.politie.nl', 'url: /meer-weetn'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /nl\/guides\.yaml:20 {2}contacts\[politie\]\.url: link "\/meer-weetn" goes to a page of the toolkit that does not exist; use an existing page such as \/meer-weten/,
    );
  });

  it('rejects a link in a text that leads to the other language', () => {
    const dir = contentWith('en', 'support.yaml', (text) =>
      text.replace(/^emergency: (.*)$/m, 'emergency: $1 More help on /meer-weten.'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /en\/support\.yaml:3 {2}emergency: link "\/meer-weten" goes to the Dutch page; in en\/ write \/en\/meer-weten/,
    );
  });

  it('rejects a tip named by the self-test that does not exist', () => {
    const dir = contentWith('nl', 'selftest.yaml', (text) =>
      text.replace(/^(factors:\n {2}- id: kompas\n)/m, '$1    tips: [no-such-tip]\n'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /nl\/selftest\.yaml:\d+ {2}factors\[kompas\]\.tips\[0\]: tip "no-such-tip" does not exist in tips\.yaml/,
    );
  });

  it('names an unknown field at its own line and says how to fix it', () => {
    const dir = contentWith('en', 'offices.yaml', (text) =>
      text.replace(/^(\s+)name: (.*)$/m, '$1name: $2\n$1nmae: typo'),
    );
    expect(problemsOf(dir).join('\n')).toMatch(
      /en\/offices\.yaml:\d+ {2}bodies\[[a-z]+\]\.nmae: unknown field "nmae": remove it or check the spelling/,
    );
  });
});

describe('readability', () => {
  const hard =
    'De uitvoeringsorganisatie constateerde overeenkomstig de geldende beleidsregels betreffende integriteitsschendingen en belangenverstrengeling dat aanvullende verantwoordingsrapportages noodzakelijkerwijs geïmplementeerd dienden te worden teneinde de bestuurlijke aansprakelijkheidsproblematiek adequaat te ondervangen';

  it('warns on a Dutch text well above B1 without making it an error', () => {
    const dir = contentWith('nl', 'support.yaml', (text) =>
      text.replace(/^lead: .*$/m, `lead: ${hard}.`),
    );
    const { content, problems, warnings } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(content).not.toBeNull();
    expect(warnings.map(formatProblem).join('\n')).toMatch(
      /nl\/support\.yaml:2 {2}lead: hard to read \(Flesch–Douma -?\d+, aim for 60 or more/,
    );
  });

  it('does not score English texts', () => {
    const dir = contentWith('en', 'support.yaml', (text) =>
      text.replace(/^lead: .*$/m, `lead: ${hard}.`),
    );
    expect(loadContent(dir).warnings.some((warning) => warning.file.includes('en/'))).toBe(false);
  });
});

// Each run starts tsx and checks all content, which takes a few seconds.
describe('weerbaar content check (command line)', { timeout: 30_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/weerbaar.js', 'content', 'check', ...args], {
      encoding: 'utf8',
    });

  it('passes the shipped content, printing warnings without failing', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Content in content: no errors/);
  });

  it('checks an overlay folder against the national content', () => {
    const result = run('examples/gemeente-lindewold');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Overlay in examples\/gemeente-lindewold: no problems found/);
  });

  it('fails with exit code 1 and lists each error', () => {
    const result = run('src/content/fixtures/overlays/broken-entry');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^error {4}src\/content\/fixtures\/overlays\/broken-entry\/nl\/guides\.yaml:3/m,
    );
    expect(result.stderr).toMatch(/2 error\(s\), 0 warning\(s\)\. Fix the errors/);
  });

  it('refuses an unknown command with usage', () => {
    const result = spawnSync(process.execPath, ['bin/weerbaar.js', 'content', 'publish'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage: weerbaar content check \[folder\]/);
  });
});
