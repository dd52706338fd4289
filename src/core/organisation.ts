/**
 * Words shared by an organisation overlay's content and the pages that show it: the kinds of
 * link an organisation can add, in the order the pages show them.
 */
export const organisationLinkKinds = [
  'gedragscode',
  'agressieprotocol',
  'nevenfuncties',
  'meldroute',
  'overig',
] as const;
export type OrganisationLinkKind = (typeof organisationLinkKinds)[number];
