/**
 * Vite plugin that writes one HTML shell per language (`shell.nl.html`, `shell.en.html` with
 * `lang="en"` and the English web app manifest; `index.html` stays the Dutch one). Each preloads its own language's texts and
 * frame content and the two fonts of the first screen, so they download together with the
 * entry script instead of after it. build/prerender-pages.ts fills copies of these shells
 * with rendered pages; the server sends a shell itself for other addresses.
 */
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { shellFileName } from '../src/core/locale-paths.ts';
import { locales, type Locale } from '../src/core/locale.ts';

const frameModules = (locale: Locale) => [
  `\0virtual:messages/${locale}/frame`,
  `\0virtual:content/${locale}/site`,
  `\0virtual:content/${locale}/blocks`,
  `\0virtual:content/${locale}/offices`,
];
const firstScreenFonts = [
  /noto-sans-latin-400-normal-.*\.woff2$/,
  /noto-serif-latin-700-normal-.*\.woff2$/,
];

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
}

function preloadTags(bundle: OutputBundle, locale: Locale): string {
  const chunks = chunksOf(bundle);
  const files = new Set<string>();
  for (const id of frameModules(locale)) {
    const chunk = chunks.find((each) => each.facadeModuleId === id);
    if (!chunk) throw new Error(`No chunk for ${id.slice(1)}`);
    files.add(chunk.fileName);
    for (const imported of chunk.imports) files.add(imported);
  }
  const fonts = Object.keys(bundle).filter((name) =>
    firstScreenFonts.some((pattern) => pattern.test(name)),
  );
  return [
    ...[...files].map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...fonts.map(
      (font) => `<link rel="preload" href="/${font}" as="font" type="font/woff2" crossorigin>`,
    ),
  ].join('\n    ');
}

export function localeHtml(): Plugin {
  return {
    name: 'weerbaar-locale-html',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const shell = bundle['index.html'] as OutputAsset | undefined;
      if (!shell) return;
      const html = String(shell.source);
      for (const locale of locales) {
        const source = html
          .replace('<html lang="nl"', `<html lang="${locale}"`)
          .replace('/manifest.nl.webmanifest', `/manifest.${locale}.webmanifest`)
          .replace('</head>', `  ${preloadTags(bundle, locale)}\n  </head>`);
        if (locale === 'nl') shell.source = source;
        this.emitFile({ type: 'asset', fileName: shellFileName[locale], source });
      }
    },
  };
}
