/**
 * PostCSS plugin that drops design tokens the theme defines for other organisations' component
 * libraries (Den Haag, Amsterdam, Rijkshuisstijl, Lux, and unfinished "todo" tokens). The
 * Voorbeeld theme ships ~2,300 custom properties on its root; about 950 serve nothing here
 * and cost download and style time on every page. The build fails if a kept rule still
 * refers to a dropped token.
 */
import type { Plugin } from 'postcss';

export const foreignTokenPrefixes = ['todo', 'denhaag', 'ams', 'rhc', 'lux'];
const foreign = new RegExp(`^--(${foreignTokenPrefixes.join('|')})-`);
const reference = new RegExp(`var\\(--(${foreignTokenPrefixes.join('|')})-[a-z0-9-]+`, 'g');

export function dropForeignTokens(): Plugin {
  return {
    postcssPlugin: 'weerbaar-drop-foreign-tokens',
    OnceExit(root) {
      root.walkDecls((declaration) => {
        if (foreign.test(declaration.prop)) declaration.remove();
      });
      const dangling = new Set<string>();
      root.walkDecls((declaration) => {
        for (const match of declaration.value.matchAll(reference)) dangling.add(match[0].slice(4));
      });
      if (dangling.size > 0) {
        throw new Error(`CSS still refers to dropped tokens: ${[...dangling].join(', ')}`);
      }
    },
  };
}
