/**
 * Vite plugin that writes gzip and brotli copies of the built text assets, so the server
 * sends compressed files without compressing them on every request.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(js|css|html|svg|json|webmanifest|txt)$/;

/** Writes `<path>.gz` and `<path>.br` next to a file. */
export function compressFile(path: string): void {
  const source = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}

export function precompressAssets(): Plugin {
  let outDir = 'dist';
  let ssr = false;
  return {
    name: 'weerbaar-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      ssr = Boolean(config.build.ssr);
    },
    writeBundle(_options, bundle) {
      // The server-side (prerender) build is never served.
      if (ssr) return;
      for (const fileName of Object.keys(bundle)) {
        if (compressible.test(fileName)) compressFile(join(outDir, fileName));
      }
    },
  };
}
