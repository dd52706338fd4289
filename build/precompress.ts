/**
 * Vite plugin that writes gzip and brotli copies of the built text assets, so the server
 * sends compressed files without compressing them on every request.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(js|css|html|svg|json|webmanifest|txt)$/;

export function precompressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'weerbaar-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const fileName of [...Object.keys(bundle), 'index.html']) {
        if (!compressible.test(fileName)) continue;
        const path = join(outDir, fileName);
        let source: Buffer;
        try {
          source = readFileSync(path);
        } catch {
          continue;
        }
        writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}
