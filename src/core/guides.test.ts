import { describe, expect, it } from 'vitest';
import { localFirst, resolveGuide, type GuideContact, type GuideStep } from './guides.ts';

const contacts: GuideContact[] = [
  { id: 'griffier', bodies: ['gemeente'] },
  { id: 'burgemeester', bodies: ['gemeente'], offices: ['raadslid', 'wethouder'] },
  { id: 'dijkgraaf', bodies: ['waterschap'], offices: ['ab-lid', 'db-lid'] },
  { id: 'secretaris-ab', bodies: ['waterschap'] },
  { id: 'politie' },
  { id: 'wethoudersvereniging', offices: ['wethouder'] },
];

const steps: GuideStep[] = [
  { id: 'gevaar', when: { gevaar: ['ja'] }, contacts: ['politie'] },
  { id: 'vastleggen' },
  { id: 'intern', contacts: ['griffier', 'burgemeester', 'dijkgraaf', 'secretaris-ab'] },
  { id: 'online-melden', when: { waar: ['online'] } },
  { id: 'nazorg', contacts: ['wethoudersvereniging'] },
];

const ids = (resolved: ReturnType<typeof resolveGuide>) =>
  resolved.map(({ step, contacts: found }) => [step.id, found.map((contact) => contact.id)]);

describe('resolveGuide', () => {
  it('gives a wethouder the municipal contacts and an AB-lid the water board ones', () => {
    const answers = { gevaar: 'nee', waar: 'thuis' };
    expect(ids(resolveGuide(steps, contacts, answers, 'wethouder', 'gemeente'))).toEqual([
      ['vastleggen', []],
      ['intern', ['griffier', 'burgemeester']],
      ['nazorg', ['wethoudersvereniging']],
    ]);
    expect(ids(resolveGuide(steps, contacts, answers, 'ab-lid', 'waterschap'))).toEqual([
      ['vastleggen', []],
      ['intern', ['dijkgraaf', 'secretaris-ab']],
      ['nazorg', []],
    ]);
  });

  it('adds the steps the answers call for, in the guide order', () => {
    const resolved = resolveGuide(
      steps,
      contacts,
      { gevaar: 'ja', waar: 'online' },
      'raadslid',
      'gemeente',
    );
    expect(resolved.map(({ step }) => step.id)).toEqual([
      'gevaar',
      'vastleggen',
      'intern',
      'online-melden',
      'nazorg',
    ]);
  });

  it('leaves conditional steps out while their question is open', () => {
    expect(resolveGuide(steps, contacts, {}).map(({ step }) => step.id)).toEqual([
      'vastleggen',
      'intern',
      'nazorg',
    ]);
  });

  it('shows every contact when the office is not known', () => {
    const intern = resolveGuide(steps, contacts, {}).find(({ step }) => step.id === 'intern')!;
    expect(intern.contacts.map((contact) => contact.id)).toEqual([
      'griffier',
      'burgemeester',
      'dijkgraaf',
      'secretaris-ab',
    ]);
  });
});

describe('localFirst', () => {
  const entries = [{ id: 'politie' }, { id: 'griffier' }, { id: 'riec' }, { id: 'meldpunt' }];

  it('puts the local entries first, in the overlay order, and keeps the rest in order', () => {
    expect(localFirst(entries, ['meldpunt', 'griffier']).map((entry) => entry.id)).toEqual([
      'meldpunt',
      'griffier',
      'politie',
      'riec',
    ]);
  });

  it('changes nothing without local entries', () => {
    expect(localFirst(entries, [])).toEqual(entries);
  });
});
