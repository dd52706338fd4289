/**
 * Starts a private, throw-away PostgreSQL cluster for tests: a temporary folder, listening
 * on 127.0.0.1 only, on a free port. As root it runs the server as the `postgres` user,
 * which PostgreSQL requires. Needs Debian's `postgresql` package (.ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivatePostgres {
  url: string;
  stop(): void;
}

function findBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions
    .map((version) => join(root, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'initdb')));
  if (!dir)
    throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (see .ci/run)');
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * @param options.durable flush commits to disk like a production server (benches); tests
 *   skip the flushes (fsync=off) because they never outlive a crash of the machine.
 */
export async function startPrivatePostgres(
  options: { durable?: boolean } = {},
): Promise<PrivatePostgres> {
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'weerbaar-pg-'));
  const dataDir = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, command), args, { stdio: 'pipe' });

  const port = await freePort();
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'weerbaar', '--no-sync']);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${options.durable ? '' : ' -c fsync=off'}`,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://weerbaar@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
