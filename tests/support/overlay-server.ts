/**
 * Servers the overlay specs start besides the main test server, each on its own port after
 * E2E_PORT's: the app built with an organisation overlay (into dist/e2e-overlay, so the
 * national build the other specs use stays as it is) and served as `npm start` would, with
 * its own data folder; and the editors' live preview (`npm run dev:content`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A Playwright worker fixture that starts a server once per worker and gives its address;
 * a spec uses it as its baseURL.
 */
export function serverFixture(
  start: () => Promise<TestServer>,
): [(args: object, use: (url: string) => Promise<void>) => Promise<void>, WorkerOptions] {
  return [
    // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await start();
      await use(server.url);
      await server.stop();
    },
    // Building the app takes a minute or two on a busy machine.
    { scope: 'worker', timeout: 180_000 },
  ];
}

interface WorkerOptions {
  scope: 'worker';
  timeout: number;
}

const portAfterMain = (offset: number) => String(Number(process.env.E2E_PORT ?? 4173) + offset);

/** Builds with the overlay and starts the server; it checks that the build holds the overlay. */
export async function startOverlayServer(overlay: string): Promise<TestServer> {
  const dist = 'dist/e2e-overlay';
  const env = { ...process.env, WEERBAAR_OVERLAY: overlay };
  try {
    execFileSync('npm', ['run', 'build'], { env: { ...env, WEERBAAR_DIST: dist }, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    throw new Error(`The build with ${overlay} failed:\n${stdout}\n${stderr}`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'weerbaar-overlay-e2e-'));
  const server = await startProcess(
    ['src/server/main.ts'],
    {
      ...env,
      PORT: portAfterMain(1),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: `${dist}/client`,
    },
    /listens on http:\/\/localhost:(\d+)/,
  );
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts `npm run dev:content` (Vite in content mode) with the overlay in `overlay`. */
export function startContentPreview(overlay: string): Promise<TestServer> {
  return startProcess(
    [
      'node_modules/vite/bin/vite.js',
      '--mode',
      'content',
      '--host',
      '127.0.0.1',
      '--port',
      portAfterMain(2),
      '--strictPort',
    ],
    { ...process.env, WEERBAAR_OVERLAY: overlay },
    /Local: +http:\/\/127\.0\.0\.1:(\d+)/,
  );
}

/** Runs a Node script under tsx until it prints the address it listens on. */
async function startProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  listening: RegExp,
): Promise<TestServer> {
  const server = spawn('node_modules/.bin/tsx', args, {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      // Without colour codes, which Vite puts inside the address it prints.
      output += stripVTControlCharacters(chunk.toString());
      const port = listening.exec(output)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.on('exit', (code) => reject(new Error(`${args[0]} stopped (${code}):\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
