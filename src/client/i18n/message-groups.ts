/**
 * Interface texts are split by the first segment of their id: the frame (navigation, forms,
 * shared words) loads with the language; each block's texts load with its pages, so that the
 * first page stays small however many blocks the toolkit grows. Used by the build (to emit one
 * module per group) and by the app (to load them).
 */

/** The groups that load lazily, each named after its id prefix (`carry.…`). */
export const lazyMessageGroups = [
  'selfTest',
  'carry',
  'influence',
  'risk',
  'act',
  'data',
  'vault',
  'report',
  'session',
] as const;
export type MessageGroup = (typeof lazyMessageGroups)[number];

/** The group a message id belongs to, or 'frame' for texts that load with the language. */
export function messageGroupOf(id: string): MessageGroup | 'frame' {
  const prefix = id.slice(0, id.indexOf('.'));
  return (lazyMessageGroups as readonly string[]).includes(prefix)
    ? (prefix as MessageGroup)
    : 'frame';
}
