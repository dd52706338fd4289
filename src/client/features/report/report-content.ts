/** The content files the personal report reads beyond the frame content (kept apart so the
 * page table can name them without loading the report's code). */
export const reportContentFiles = [
  'model',
  'selftest',
  'conditions',
  'portfolio',
  'influence',
  'risks',
  'safety',
] as const;
