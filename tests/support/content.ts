/** The toolkit's content in both languages, for specs that check what the user reads. */
import { loadContent } from '../../src/content/load.ts';

const loaded = loadContent('content').content;
if (!loaded) throw new Error('Content has problems: run npm run content:check');

export const content = loaded;
