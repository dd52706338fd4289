/**
 * Reads the reference lists of gemeenten, provincies and waterschappen (CSV with a header
 * row, as kept in content/reference with their sources) into the shape the office picker uses.
 */
import { join } from 'node:path';
import type { Area } from '../core/office-profile.ts';

export interface AreaLists {
  gemeente: Array<Area & { provincie: string }>;
  provincie: Area[];
  waterschap: Area[];
}

/** Splits one CSV line; fields may be double-quoted and then contain commas. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  const pattern = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const match of line.matchAll(pattern)) {
    fields.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ''));
  }
  return fields;
}

/** Parses CSV text with a header row into records keyed by column name. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const [header, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  if (!header) return [];
  const columns = parseCsvLine(header);
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    return Object.fromEntries(columns.map((column, index) => [column, fields[index] ?? '']));
  });
}

const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, 'nl');

export function readAreas(
  folder: string,
  read: (path: string, encoding: 'utf8') => string,
): AreaLists {
  const rows = (file: string) => parseCsv(read(join(folder, file), 'utf8'));
  return {
    gemeente: rows('gemeenten.csv')
      .map((row) => ({ code: row.code!, name: row.naam!, provincie: row.provincie! }))
      .sort(byName),
    provincie: rows('provincies.csv')
      .map((row) => ({ code: row.code!, name: row.naam! }))
      .sort(byName),
    waterschap: rows('waterschappen.csv')
      .map((row) => ({ code: row.code!, name: row.naam! }))
      .sort(byName),
  };
}
