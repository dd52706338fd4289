import { describe, expect, it } from 'vitest';
import { emptyRiskScan, rankRiskDomains, riskScanSchema } from './risk-scan.ts';

describe('rankRiskDomains', () => {
  it('ranks the holiday-park domain high for a wethouder with vakantieparken and handhaving', () => {
    const picture = rankRiskDomains(
      { features: ['vakantieparken'], processes: ['handhaving'] },
      'wethouder',
      'gemeente',
    );
    expect(picture[0]).toEqual({
      domain: 'vakantieparken',
      score: 7,
      level: 'high',
      reasons: [
        { kind: 'feature', feature: 'vakantieparken', points: 4 },
        { kind: 'process', process: 'handhaving', points: 3 },
      ],
    });
  });

  it('gives a waterschap DB-lid water-related domains and never a horeca domain', () => {
    const domains = rankRiskDomains(
      { features: ['horeca-en-shishalounges', 'dijken-en-waterwerken'], processes: [] },
      'db-lid',
      'waterschap',
    ).map((ranked) => ranked.domain);
    expect(domains[0]).toBe('waterwerken-en-grond');
    expect(domains).toContain('drugsafval-en-milieu');
    expect(domains).not.toContain('horeca-en-kasintensieve-ondernemingen');
    expect(domains).not.toContain('zorgfraude');
  });

  it('gives an empty scan the general picture of the body', () => {
    const picture = rankRiskDomains(emptyRiskScan, 'raadslid', 'gemeente');
    expect(picture.map((ranked) => ranked.domain)).toEqual([
      'beinvloeding-van-bestuurders',
      'vergunningen-en-bibob',
      'lekken-van-informatie',
      'vastgoed-en-witwassen',
      'aanbesteding-en-inkoop',
    ]);
    expect(
      picture.every((ranked) => ranked.reasons.every((reason) => reason.kind === 'baseline')),
    ).toBe(true);
  });

  it('weighs processes by office: more for an executive, less for a candidate', () => {
    const scan = { features: [], processes: ['subsidies' as const] };
    const score = (office: 'gedeputeerde' | 'statenlid' | 'kandidaat') =>
      rankRiskDomains(scan, office, 'provincie').find(
        (ranked) => ranked.domain === 'subsidies-en-stichtingen',
      )!.score;
    expect([score('gedeputeerde'), score('statenlid'), score('kandidaat')]).toEqual([5.5, 4, 2.5]);
  });

  it('ranks the same way every time, ties in the fixed order of domains', () => {
    const scan = {
      features: ['grensregio', 'grote-evenementen'] as const,
      processes: ['evenementen', 'vertrouwelijke-informatie'] as const,
    };
    const first = rankRiskDomains(
      { features: [...scan.features], processes: [...scan.processes] },
      'burgemeester',
      'gemeente',
    );
    const again = rankRiskDomains(
      { features: [...scan.features].reverse(), processes: [...scan.processes].reverse() },
      'burgemeester',
      'gemeente',
    );
    expect(again.map((ranked) => [ranked.domain, ranked.score])).toEqual(
      first.map((ranked) => [ranked.domain, ranked.score]),
    );
    const scores = first.map((ranked) => ranked.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses unknown features in stored data', () => {
    expect(riskScanSchema.safeParse({ features: ['casino'], processes: [] }).success).toBe(false);
  });
});
