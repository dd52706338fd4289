/**
 * For the overlay e2e spec: builds the app with an organisation overlay into its own folder
 * (dist/e2e-overlay, so the national build the other specs use stays as it is) and starts a
 * server on the port after E2E_PORT's, with its own data folder and `WEERBAAR_OVERLAY` set,
 * as `npm start` would. The server checks at start that the build holds that overlay.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OverlayServer {
  url: string;
  stop(): Promise<void>;
}

export async function startOverlayServer(overlay: string): Promise<OverlayServer> {
  const dist = 'dist/e2e-overlay';
  const env = { ...process.env, WEERBAAR_OVERLAY: overlay };
  try {
    execFileSync('npm', ['run', 'build'], { env: { ...env, WEERBAAR_DIST: dist }, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    throw new Error(`The build with ${overlay} failed:\n${stdout}\n${stderr}`);
  }
  // The port after the main test server's, so parallel runs with their own E2E_PORT stay apart.
  const port = String(Number(process.env.E2E_PORT ?? 4173) + 1);
  const dataDir = mkdtempSync(join(tmpdir(), 'weerbaar-overlay-e2e-'));
  const server = spawn('node_modules/.bin/tsx', ['src/server/main.ts'], {
    env: { ...env, PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: `${dist}/client` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listens on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) =>
      reject(new Error(`The overlay server stopped (${code}):\n${output}`)),
    );
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
