/** The content files every group-session page reads beyond the frame content (kept apart so
 * the page table can name them without loading the session code). */
export const sessionContentFiles = ['selftest', 'model', 'culture', 'risks', 'dilemmas'] as const;
