import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaSchema } from '../core/office-profile.ts';
import { parseCsv, parseCsvLine, readAreas } from './areas.ts';

describe('CSV reading', () => {
  it('splits plain and quoted fields', () => {
    expect(
      parseCsvLine('GM0820,"Nuenen, Gerwen en Nederwetten",Noord-Brabant,Oost-Brabant'),
    ).toEqual(['GM0820', 'Nuenen, Gerwen en Nederwetten', 'Noord-Brabant', 'Oost-Brabant']);
    expect(parseCsvLine('a,,"say ""hi"""')).toEqual(['a', '', 'say "hi"']);
  });

  it('reads records by header', () => {
    expect(parseCsv('naam,code\nWaterschap X,ws0001\n')).toEqual([
      { naam: 'Waterschap X', code: 'ws0001' },
    ]);
  });
});

describe('reference areas', () => {
  const areas = readAreas('content/reference', readFileSync);

  it('has every gemeente, provincie and waterschap of the reference data', () => {
    expect(areas.gemeente).toHaveLength(342);
    expect(areas.provincie).toHaveLength(12);
    expect(areas.waterschap).toHaveLength(21);
  });

  it('gives each area a valid code and name, sorted by name', () => {
    for (const area of [...areas.gemeente, ...areas.provincie, ...areas.waterschap]) {
      expect(areaSchema.safeParse({ code: area.code, name: area.name }).success, area.code).toBe(
        true,
      );
    }
    expect(areas.gemeente.find((area) => area.code === 'GM0820')?.name).toBe(
      'Nuenen, Gerwen en Nederwetten',
    );
    const names = areas.provincie.map((area) => area.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});
