/**
 * Which organisation overlay a build holds. The client build writes the stamp next to the
 * app (`content-overlay.json`); the server reads it at start, so that `WEERBAAR_OVERLAY` at
 * start never silently serves a build made without that overlay, or with an older version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { overlayFingerprint } from './overlay.ts';

export const overlayStampFile = 'content-overlay.json';

const stampSchema = z.object({
  folder: z.string().nullable(),
  fingerprint: z.string().nullable(),
  applied: z.boolean(),
  organisation: z.string().nullable(),
});
export type OverlayStamp = z.infer<typeof stampSchema>;

export const noOverlay: OverlayStamp = {
  folder: null,
  fingerprint: null,
  applied: false,
  organisation: null,
};

/** Reads a build's stamp; a build without one (or with a broken one) holds no overlay. */
export function readOverlayStamp(staticDir: string): OverlayStamp {
  const path = join(staticDir, overlayStampFile);
  if (!existsSync(path)) return noOverlay;
  try {
    return stampSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return noOverlay;
  }
}

/**
 * Compares the overlay asked for at start with the one in the build. Not ok means the
 * server must not start: it would serve other content than asked for.
 */
export function checkBuildOverlay(
  staticDir: string,
  overlay: string | undefined,
): { ok: boolean; message: string } {
  const stamp = readOverlayStamp(staticDir);
  if (!overlay) {
    return {
      ok: true,
      message: stamp.applied
        ? `Content: national, with the overlay of ${stamp.organisation} (${stamp.folder}) built in.`
        : 'Content: national.',
    };
  }
  if (!existsSync(resolve(overlay))) {
    return { ok: false, message: `WEERBAAR_OVERLAY: the folder ${overlay} does not exist.` };
  }
  if (stamp.fingerprint !== overlayFingerprint(resolve(overlay))) {
    const built = stamp.fingerprint
      ? stamp.folder === overlay
        ? 'with an older version of it'
        : `with the overlay in ${stamp.folder}`
      : 'without an overlay';
    return {
      ok: false,
      message: [
        `WEERBAAR_OVERLAY is ${overlay}, but the app in ${staticDir} was built ${built}.`,
        `Build it with the overlay: WEERBAAR_OVERLAY=${overlay} npm run build`,
        `(or WEERBAAR_OVERLAY=${overlay} npm start, which builds and then starts).`,
      ].join('\n'),
    };
  }
  if (!stamp.applied) {
    return {
      ok: true,
      message: `Content: national. The overlay in ${overlay} was refused at build; see: npx weerbaar content check ${overlay}`,
    };
  }
  return { ok: true, message: `Content: national, with the overlay of ${stamp.organisation}.` };
}
