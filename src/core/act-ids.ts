/**
 * The fixed values of block "Wat kun je doen?": how much effort a tip takes, and the
 * perspectives from which a dilemma's options are weighed.
 */
export const tipEfforts = ['small', 'medium', 'large'] as const;
export type TipEffort = (typeof tipEfforts)[number];

export const dilemmaPerspectives = [
  'juridisch',
  'ethisch',
  'electoraal',
  'financieel',
  'persoonlijk',
] as const;
export type DilemmaPerspective = (typeof dilemmaPerspectives)[number];
