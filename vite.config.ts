/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { distDir } from './build/dist-dir.ts';
import { dropForeignTokens } from './build/drop-foreign-tokens.ts';
import { localeHtml } from './build/locale-html.ts';
import { precompressAssets } from './build/precompress.ts';
import { contentPlugin } from './src/content/vite-plugin.ts';

/**
 * The Utrecht React library assigns `displayName` on every component at module level, which
 * bundlers must keep as side effects: importing one component then keeps all of them
 * (~128 KB gz). Removing those assignments lets unused components be tree-shaken.
 * See docs/decisions/004-design-system.md.
 */
function utrechtTreeShaking(): Plugin {
  return {
    name: 'weerbaar-utrecht-tree-shaking',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@utrecht/component-library-react/dist/')) return undefined;
      return {
        code: code.replace(/^\w+\.displayName = ['"][^'"]*['"];$/gm, ''),
        moduleSideEffects: false,
        map: null,
      };
    },
  };
}

const browserAliases: Record<string, string> = {
  '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
};

export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [
    react(),
    // `vite --mode content` (npm run dev:content): live preview of the content for editors.
    contentPlugin({ preview: mode === 'content' }),
    utrechtTreeShaking(),
    localeHtml(),
    precompressAssets(),
  ],
  resolve: {
    // Messages are compiled at build time (build/messages.ts), so the browser needs no parser.
    // Tests run the build-time code, which needs the real parser.
    alias: mode === 'test' ? {} : browserAliases,
  },
  css: { postcss: { plugins: [dropForeignTokens()] } },
  build: {
    // WEERBAAR_DIST builds elsewhere (the overlay e2e test builds its own copy).
    outDir: `${distDir}/${isSsrBuild ? 'prerender' : 'client'}`,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
}));
