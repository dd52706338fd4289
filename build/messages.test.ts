import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMessages, readMessages } from './messages.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function messagesDir(nl: object, en: object): string {
  dir = mkdtempSync(join(tmpdir(), 'weerbaar-messages-'));
  writeFileSync(join(dir, 'nl.json'), JSON.stringify(nl));
  writeFileSync(join(dir, 'en.json'), JSON.stringify(en));
  return dir;
}

describe('interface texts', () => {
  it('has an English text for every Dutch one, all valid ICU', () => {
    const nl = readMessages('nl');
    const en = readMessages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(compileMessages('en'))).toHaveLength(Object.keys(nl).length);
  });

  it('names a message missing in English', () => {
    const path = messagesDir({ 'a.b': { defaultMessage: 'Hallo', description: 'd' } }, {});
    expect(() => readMessages('nl', path)).toThrow(/en\.json: message "a\.b" is missing/);
  });

  it('names a message with broken ICU syntax', () => {
    const path = messagesDir(
      { x: { defaultMessage: 'Blok {number van 5', description: 'd' } },
      { x: 'Block {number} of 5' },
    );
    expect(() => readMessages('en', path)).toThrow(/nl\.json: message "x" is not valid ICU syntax/);
  });

  it('names an empty message', () => {
    const path = messagesDir({ x: { defaultMessage: ' ', description: 'd' } }, { x: 'y' });
    expect(() => readMessages('nl', path)).toThrow(/message "x" has no text/);
  });
});
