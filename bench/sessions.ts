/**
 * Group-session bench: starts the real server, lets 1,000 participants join one session, each
 * holding a live SSE stream, answer the 30 statements of the self-test (three PUTs of ten) and
 * vote on a dilemma, and prints throughput, request latency, live-update lag and server RSS,
 * next to a bare node:http endpoint measured with the same client in the same run.
 *
 *   npm run bench:sessions                      # SQLite and PostgreSQL
 *   npm run bench:sessions -- --db sqlite       # one of them
 *   npm run bench:sessions -- --participants 200 --concurrency 32
 *
 * Everything runs on this machine: the client shares the two cores with the server, so the
 * figures are a lower bound of what the server does alone.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSessionCatalog } from '../src/server/sessions/catalog.ts';
import { startPrivatePostgres, type PrivatePostgres } from '../tests/support/postgres.ts';
import { startServer, type ServerProcess } from '../tests/support/server-process.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    participants: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '64' },
    rate: { type: 'string', default: '2000' },
  },
});
const participants = Number(args.participants);
const concurrency = Number(args.concurrency);
/** Answers per second offered in the paced phase (the bar). */
const rate = Number(args.rate);
const databases = args.db === 'both' ? ['sqlite', 'postgres'] : [args.db!];
const ports = { bare: 4411, sqlite: 4412, postgres: 4413 } as Record<string, number>;
const bars = { answersPerSecond: 2000, p99Ms: 100, lagP95Ms: 500, rssMb: 300 };

const catalog = loadSessionCatalog();
const statementIds = catalog.selfTestItems.map((item) => item.id);
const [dilemmaId, dilemmaOptions] = [...catalog.dilemmaOptions][0]!;
/** Three screens of ten statements: what a phone sends while someone answers. */
const screens = [0, 1, 2].map((screen) => statementIds.slice(screen * 10, screen * 10 + 10));

// ── HTTP client ────────────────────────────────────────────────────────────────────────────

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

interface Reply {
  status: number;
  body: string;
  ms: number;
}

function send(url: string, method: string, token?: string, body?: unknown): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: text,
            ms: performance.now() - started,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Runs the tasks with at most `limit` in flight; returns the wall time in ms. */
async function pool(tasks: Array<() => Promise<void>>, limit: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return performance.now() - started;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

// ── Live listeners ─────────────────────────────────────────────────────────────────────────

interface Seen {
  finished: number;
  voteStatus: string;
  votes: number;
  distributionShown: boolean;
}

/** One SSE stream that records what each state says and when it came. */
class LiveListener {
  private buffer = '';
  last: Seen = { finished: 0, voteStatus: 'none', votes: 0, distributionShown: false };
  first = false;
  private request?: http.ClientRequest;

  constructor(private readonly onState: (listener: LiveListener, seen: Seen, at: number) => void) {}

  open(url: string, token: string): void {
    this.request = http.get(url, { headers: { authorization: `Bearer ${token}` } }, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => this.receive(chunk));
    });
    this.request.on('error', () => {});
  }

  close(): void {
    this.request?.destroy();
  }

  private receive(chunk: string) {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      if (!frame.startsWith('event: state')) continue;
      const finished = Number(/"finished":\{[^}]*"self-test":(\d+)/.exec(frame)?.[1] ?? 0);
      const vote =
        /"currentVote":\{"dilemmaId":"[^"]+","status":"(open|closed)","votes":(\d+)/.exec(frame);
      const seen: Seen = {
        finished,
        voteStatus: vote?.[1] ?? 'none',
        votes: Number(vote?.[2] ?? 0),
        distributionShown: /"distribution":\{"status":"shown"/.test(frame),
      };
      this.first = true;
      this.onState(this, seen, performance.now());
      this.last = seen;
    }
  }
}

/**
 * Lag of a counter shown live: the n-th acknowledged change (its 204 arrived at acks[n-1])
 * reached a listener when a state with a count of at least n arrived. States that skip counts
 * (coalescing) yield a sample for every count skipped, so nothing is hidden by batching.
 */
class CounterLag {
  acks: number[] = [];
  samples: number[] = [];
  record(previous: number, now: number, at: number) {
    for (let n = previous + 1; n <= now; n++) {
      const acked = this.acks[n - 1];
      // A state can arrive before the 204 of the change in it: that change had no lag.
      this.samples.push(acked === undefined ? 0 : Math.max(0, at - acked));
    }
  }
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

// ── Bare node:http endpoint ────────────────────────────────────────────────────────────────

/** The same PUT load against a node:http server that reads the body and answers 204. */
async function bareBaseline() {
  const script = `require('node:http').createServer((req, res) => {
    req.on('data', () => {}); req.on('end', () => { res.writeHead(204); res.end(); });
  }).listen(${ports.bare}, '127.0.0.1', () => console.log('ready'));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => child.stdout!.once('data', resolve));
  const url = `http://127.0.0.1:${ports.bare}/api/sessions/x/answers/self-test`;
  const body = { answers: Object.fromEntries(screens[0]!.map((id) => [id, 4])), finished: false };
  const latencies: number[] = [];
  const count = participants * 3;
  const ms = await pool(
    Array.from({ length: count }, () => async () => {
      const reply = await send(url, 'PUT', 'x'.repeat(43), body);
      latencies.push(reply.ms);
    }),
    concurrency,
  );
  child.kill();
  return { requestsPerSecond: (count / ms) * 1000, latency: summary(latencies) };
}

// ── One run against the real server ────────────────────────────────────────────────────────

async function runSessions(kind: string) {
  let postgres: PrivatePostgres | undefined;
  let dataDir: string | undefined;
  const env: Record<string, string> = { SESSION_JOIN_LIMIT: String(participants * 10) };
  if (kind === 'postgres') {
    // Durable like production: every commit is flushed to disk, as SQLite's are.
    postgres = await startPrivatePostgres({ durable: true });
    env.DATABASE_URL = postgres.url;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'weerbaar-bench-'));
    env.DATA_DIR = dataDir;
  }
  const server: ServerProcess = await startServer(ports[kind]!, env);
  let peakRss = server.rss();
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, server.rss())), 100);
  const api = `${server.url}/api/sessions`;
  const listeners: LiveListener[] = [];
  try {
    const created = await send(api, 'POST', undefined, {
      title: 'Bench',
      locale: 'nl',
      activities: ['self-test', 'dilemmas'],
      k: 5,
      dilemmaIds: [dilemmaId],
    });
    const session = JSON.parse(created.body) as {
      sessionId: string;
      joinCode: string;
      facilitatorToken: string;
    };
    const base = `${api}/${session.sessionId}`;

    // Join.
    const tokens: string[] = [];
    const joinLatencies: number[] = [];
    const joinCpuBefore = server.cpuMs();
    const joinMs = await pool(
      Array.from({ length: participants }, () => async () => {
        const reply = await send(`${api}/join`, 'POST', undefined, { code: session.joinCode });
        if (reply.status !== 201) throw new Error(`join answered ${reply.status}: ${reply.body}`);
        tokens.push((JSON.parse(reply.body) as { participantToken: string }).participantToken);
        joinLatencies.push(reply.ms);
      }),
      concurrency,
    );

    const joinCpuMs = server.cpuMs() - joinCpuBefore;

    // Every phone keeps a live stream open.
    const finishLag = new CounterLag();
    const voteLag = new CounterLag();
    const openLag: number[] = [];
    const closeLag: number[] = [];
    let measuringFinishLag = true;
    let openedAt = Number.NaN;
    let closedAt = Number.NaN;
    for (const token of tokens) {
      const listener = new LiveListener((self, seen, at) => {
        if (!self.first) return;
        if (measuringFinishLag) finishLag.record(self.last.finished, seen.finished, at);
        if (self.last.voteStatus !== 'open' && seen.voteStatus === 'open')
          openLag.push(at - openedAt);
        if (seen.voteStatus === 'open') voteLag.record(self.last.votes, seen.votes, at);
        if (!self.last.distributionShown && seen.distributionShown) closeLag.push(at - closedAt);
      });
      listener.open(`${base}/events`, token);
      listeners.push(listener);
    }
    const connected = await until(() => listeners.every((listener) => listener.first), 30_000);
    if (!connected) throw new Error('not every listener got its first state within 30 s');

    // Answers, twice over. Each participant sends screen 1, then 2, then 3 (finished).
    const answerPut = (token: string, screen: number, round: number) => async () => {
      const started = performance.now();
      const reply = await send(`${base}/answers/self-test`, 'PUT', token, {
        answers: Object.fromEntries(
          screens[screen]!.map((id, index) => [id, ((index + round) % 5) + 1]),
        ),
        // The second time round everyone has finished already and stays finished.
        finished: screen === screens.length - 1 || round > 0,
      });
      if (reply.status !== 204) throw new Error(`answers: ${reply.status} ${reply.body}`);
      return { started, ms: reply.ms };
    };
    const byScreen = <T>(make: (token: string, screen: number) => T) =>
      screens.flatMap((_, screen) => tokens.map((token) => make(token, screen)));

    // 1. Paced: requests start at the bar's rate whether or not earlier ones are done (open
    //    loop), so latency includes any queueing the server causes. Live lag is read here.
    const putsPerSecond = rate / 10;
    const pacedLatencies: number[] = [];
    const pacedStarted = performance.now();
    await Promise.all(
      byScreen((token, screen) => ({ token, screen })).map(async ({ token, screen }, index) => {
        const due = pacedStarted + (index / putsPerSecond) * 1000;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        await answerPut(token, screen, 0)();
        // Measured from when the request was due, so a slow server cannot hide queueing.
        pacedLatencies.push(performance.now() - due);
        if (screen === screens.length - 1) finishLag.acks.push(performance.now());
      }),
    );
    const pacedMs = performance.now() - pacedStarted;
    const allFinished = await until(
      () => listeners.every((listener) => listener.last.finished === participants),
      10_000,
    );
    measuringFinishLag = false;

    // 2. Saturation: everyone answers again (changing their answers), `concurrency` requests
    //    in flight at all times: the most the server does here.
    const answerLatencies: number[] = [];
    const tasks = byScreen((token, screen) => async () => {
      answerLatencies.push((await answerPut(token, screen, 1)()).ms);
    });
    const answerCpuBefore = server.cpuMs();
    const answerMs = await pool(tasks, concurrency);
    const answerCpuMs = server.cpuMs() - answerCpuBefore;

    // Vote: open, everyone votes, close.
    openedAt = performance.now();
    const opened = await send(
      `${base}/dilemmas/${dilemmaId}/open`,
      'POST',
      session.facilitatorToken,
    );
    if (opened.status !== 200) throw new Error(`open: ${opened.status}`);
    await until(() => listeners.every((listener) => listener.last.voteStatus === 'open'), 10_000);
    const voteLatencies: number[] = [];
    const voteMs = await pool(
      tokens.map((token, index) => async () => {
        const reply = await send(`${base}/dilemmas/${dilemmaId}/vote`, 'PUT', token, {
          optionId: dilemmaOptions[index % dilemmaOptions.length],
        });
        if (reply.status !== 204) throw new Error(`vote: ${reply.status} ${reply.body}`);
        voteLatencies.push(reply.ms);
        voteLag.acks.push(performance.now());
      }),
      concurrency,
    );
    await until(() => listeners.every((listener) => listener.last.votes === participants), 10_000);
    closedAt = performance.now();
    await send(`${base}/dilemmas/${dilemmaId}/close`, 'POST', session.facilitatorToken);
    const allClosed = await until(
      () => listeners.every((listener) => listener.last.distributionShown),
      10_000,
    );

    const answers = participants * statementIds.length;
    return {
      kind,
      joinsPerSecond: (participants / joinMs) * 1000,
      join: summary(joinLatencies),
      pacedAnswersPerSecond: (answers / pacedMs) * 1000,
      paced: summary(pacedLatencies),
      answersPerSecond: (answers / answerMs) * 1000,
      answerRequestsPerSecond: (tasks.length / answerMs) * 1000,
      answer: summary(answerLatencies),
      answerCpuPerPut: answerCpuMs / tasks.length,
      answerCpuShare: answerCpuMs / answerMs,
      joinCpuPerJoin: joinCpuMs / participants,
      votesPerSecond: (participants / voteMs) * 1000,
      vote: summary(voteLatencies),
      finishLag: summary(finishLag.samples),
      voteLag: summary(voteLag.samples),
      openLag: summary(openLag),
      closeLag: summary(closeLag),
      complete: allFinished && allClosed,
      peakRssMb: peakRss / 1024 / 1024,
    };
  } finally {
    clearInterval(rssTimer);
    listeners.forEach((listener) => listener.close());
    await server.stop();
    postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────

const f0 = (value: number) => value.toFixed(0);
const f1 = (value: number) => value.toFixed(1);
const lat = (s: { p50: number; p95: number; p99: number }) =>
  `${f1(s.p50)} / ${f1(s.p95)} / ${f1(s.p99)} ms`;
const mark = (ok: boolean) => (ok ? 'meets bar' : 'MISSES bar');

console.log(
  `Group-session bench: ${participants} participants, ${participants} live listeners, ` +
    `${statementIds.length} statements in 3 PUTs each, client concurrency ${concurrency}, ` +
    `${(await import('node:os')).cpus().length} cores`,
);
const loadBefore = (await import('node:os')).loadavg()[0]!;
const bare = await bareBaseline();
console.log(
  `\nbare node:http 204 endpoint: ${f0(bare.requestsPerSecond)} requests/s, ` +
    `latency p50/p95/p99 ${lat(bare.latency)}`,
);
for (const kind of databases) {
  const r = await runSessions(kind);
  console.log(`\n${kind}${r.complete ? '' : ' (INCOMPLETE: not every listener saw every change)'}`);
  console.log(`  join             ${f0(r.joinsPerSecond)} joins/s, p50/p95/p99 ${lat(r.join)}`);
  console.log(
    `  answers, paced   ${f0(r.pacedAnswersPerSecond)} answers/s done of ${rate}/s offered ` +
      `(open loop, ${rate / 10} PUTs/s of 10), latency p50/p95/p99 ${lat(r.paced)} — ` +
      `${mark(r.pacedAnswersPerSecond >= bars.answersPerSecond * 0.98 && r.paced.p99 < bars.p99Ms)} ` +
      `≥ ${bars.answersPerSecond}/s with p99 < ${bars.p99Ms} ms`,
  );
  console.log(
    `  answers, flat out ${f0(r.answersPerSecond)} answers/s (${f0(r.answerRequestsPerSecond)} PUTs/s, ` +
      `${concurrency} in flight), latency p50/p95/p99 ${lat(r.answer)}`,
  );
  console.log(
    `  server CPU       ${r.answerCpuPerPut.toFixed(2)} ms per answer PUT (incl. live updates), ` +
      `${(r.answerCpuShare * 100).toFixed(0)}% of one core flat out; ${r.joinCpuPerJoin.toFixed(2)} ms per join`,
  );
  console.log(`  votes            ${f0(r.votesPerSecond)} votes/s, p50/p95/p99 ${lat(r.vote)}`);
  console.log(
    `  live lag, finish p50 ${f0(r.finishLag.p50)} ms, p95 ${f0(r.finishLag.p95)} ms — ` +
      `${mark(r.finishLag.p95 < bars.lagP95Ms)} p95 < ${bars.lagP95Ms} ms (every finish × every listener)`,
  );
  console.log(
    `  live lag, votes  p50 ${f0(r.voteLag.p50)} ms, p95 ${f0(r.voteLag.p95)} ms — ${mark(r.voteLag.p95 < bars.lagP95Ms)}`,
  );
  console.log(
    `  live lag, open   p50 ${f0(r.openLag.p50)} ms, p95 ${f0(r.openLag.p95)} ms; ` +
      `close → distribution p50 ${f0(r.closeLag.p50)} ms, p95 ${f0(r.closeLag.p95)} ms`,
  );
  console.log(
    `  server RSS peak  ${f0(r.peakRssMb)} MB — ${mark(r.peakRssMb < bars.rssMb)} < ${bars.rssMb} MB`,
  );
}
console.log(
  `\nload average (1 min) ${loadBefore.toFixed(1)} before, ${(await import('node:os')).loadavg()[0]!.toFixed(1)} after: ` +
    'other work on this machine takes CPU from the server and the client alike.',
);
agent.destroy();
