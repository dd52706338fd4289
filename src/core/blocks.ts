/**
 * The five blocks of the toolkit in their order. The id doubles as the block's URL path.
 */
export const blockIds = [
  'wie-ben-jij',
  'wat-draag-je-mee',
  'wie-wat-beinvloedt-jou',
  'wat-kom-je-tegen',
  'wat-kun-je-doen',
] as const;
export type BlockId = (typeof blockIds)[number];
