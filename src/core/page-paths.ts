/**
 * The addresses of the toolkit's pages after the language prefix (see locale-paths.ts). The
 * browser app maps each to its page (src/client/pages.tsx, typed against this list so the two
 * cannot drift); the content check uses the list to find links to pages that do not exist.
 */
import { blockIds } from './blocks.ts';

/** Fixed pages; '' is the home page. The five blocks' own pages are their ids. */
export const fixedPagePaths = [
  '',
  'ambt',
  'achtergrond',
  'meer-weten',
  'mijn-gegevens',
  'privacy',
  'toegankelijkheid',
  'rapport',
  'wie-ben-jij/test',
  'wie-ben-jij/profiel',
  'wie-ben-jij/geschiedenis',
  'wie-ben-jij/hoe-werkt-de-score',
  'wat-draag-je-mee/startpunt',
  'wat-draag-je-mee/register',
  'wat-draag-je-mee/belangencheck',
  'wat-draag-je-mee/plichten',
  'wat-draag-je-mee/verklaring',
  'wie-wat-beinvloedt-jou/kaart',
  'wie-wat-beinvloedt-jou/beeld',
  'wie-wat-beinvloedt-jou/regels',
  'wie-wat-beinvloedt-jou/perspectieven',
  'wie-wat-beinvloedt-jou/cultuurscan',
  'wat-kun-je-doen/aanbevelingen',
  'wat-kun-je-doen/actieplan',
  'wat-kun-je-doen/wat-te-doen-als',
  'wat-kun-je-doen/dilemmas',
  'wat-kun-je-doen/tips',
  'wat-kom-je-tegen/scan',
  'wat-kom-je-tegen/risicobeeld',
  'wat-kom-je-tegen/dreiging',
  'wat-kom-je-tegen/veiligheidsplan',
  'wat-kom-je-tegen/incidenten',
  'wat-kom-je-tegen/media',
  'sessie',
  'sessie/nieuw',
  'sessie/beheer',
  'sessie/scherm',
  'sessie/doe',
] as const;

export type FixedPagePath = (typeof fixedPagePaths)[number];

/** Every page path of the toolkit (without language prefix). */
export const pagePaths: readonly string[] = [...fixedPagePaths, ...blockIds];
