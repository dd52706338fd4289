/**
 * Starts the real server (src/server/main.ts) as a child process, as production runs it, for
 * tests and benches that need a process to kill, restart or measure. One node process (tsx as
 * an import hook), so its pid is the server's: SIGKILL and RSS readings hit the server itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** USER_HZ: 100 on every Linux this runs on. */
const clockTicksPerSecond = 100;

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** What the server printed (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGKILL, as a crash would; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM, a normal shutdown; resolves when the process is gone. */
  stop(): Promise<void>;
  /** Resident memory now, in bytes (Linux). */
  rss(): number;
  /** CPU time the process used so far (user + system), in milliseconds (Linux). */
  cpuMs(): number;
}

export async function startServer(
  port: number,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  // SERVER_NODE_ARGS passes flags such as --cpu-prof to the server when profiling a bench.
  const nodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      STATIC_DIR: 'tests/support/static',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited at start:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url,
    pid: child.pid!,
    child,
    output: () => output,
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kib * 1024;
    },
    cpuMs() {
      // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      return (ticks / clockTicksPerSecond) * 1000;
    },
  };
}
