/**
 * Webhooks (issue 16). Two figures:
 * - dispatcher throughput: N events written straight into the outbox of an
 *   organization with one endpoint; the worker dispatches them and delivers
 *   every one, signed, to a receiver in this process (answering 204; every
 *   100th request's signature is checked with `standardwebhooks`). Baseline:
 *   the same receiver driven by a plain keep-alive POST loop from here (no
 *   Postgres, no signature): what the receiver and the loopback can take.
 *   Target ≥ 500 deliveries/s.
 * - the apply request's p95 with the outbox write against the same request
 *   without it: two APIs of the same build on one database, one started with
 *   BENCH_SKIP_OUTBOX=true, applies alternating between them. Target ≤ +10 %.
 */
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';
import { DEFAULT_SEED, generateProfiles } from './data-generator';
import { ApiClient } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import { ms, num, percentile, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const TARGET_PER_S = 500;
const MAX_OVERHEAD = 1.1;

class Receiver {
  count = 0;
  readonly ids = new Set<string>();
  secret = '';
  badSignatures = 0;
  private server!: Server;
  private onAll?: () => void;
  expected = Infinity;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.count++;
        const id = req.headers['webhook-id'] as string | undefined;
        if (id) {
          if (this.secret && this.count % 100 === 0) {
            try {
              new Webhook(this.secret).verify(Buffer.concat(chunks).toString('utf8'), req.headers as Record<string, string>);
            } catch {
              this.badSignatures++;
            }
          }
          this.ids.add(id);
          if (this.ids.size >= this.expected) this.onAll?.();
        }
        res.writeHead(204).end();
      });
    });
    this.server.keepAliveTimeout = 10_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  all(expected: number, timeoutMs: number): Promise<void> {
    this.expected = expected;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.ids.size} of ${expected} deliveries within ${timeoutMs} ms`)), timeoutMs);
      this.onAll = () => (clearTimeout(timer), resolve());
      if (this.ids.size >= expected) this.onAll();
    });
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The receiver's capacity from a plain keep-alive POST loop, `concurrency` in flight. */
async function plainPosts(url: string, total: number, concurrency: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const body = JSON.stringify({ type: 'posting.published', timestamp: new Date().toISOString(), data: { jobPostingId: '00000000-0000-0000-0000-000000000000' } });
  let sent = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (sent < total) {
      sent++;
      await one();
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return total / seconds;
}

/** The answer's body, or the benchmark stops with what the API said. */
function must<T>(result: { data?: T; error?: unknown; response: Response }, status: number): T {
  if (result.response.status !== status || result.data === undefined) {
    throw new Error(`${result.response.url} answered ${result.response.status} (expected ${status}): ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

async function throughput(ctx: BenchContext): Promise<Figure> {
  const n = ctx.scale.quick ? 1000 : 10_000;
  const receiver = new Receiver();
  await receiver.start();
  const platform = await new BenchPlatform(ctx.template, 'webhooks').prepare();
  try {
    const env = { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', NOTIFICATIONS_POLL_MS: '50' };
    await Promise.all([platform.startApi(env), platform.startWorker(env)]);
    const api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization();
    const organizationId = must(await api.as(admin).GET('/api/v1/organization'), 200).id;
    receiver.secret = must(await api.as(admin).POST('/api/v1/webhook-endpoints', { body: { url: receiver.url, eventTypes: ['posting.published'] } }), 201).secret;
    const baseline = await plainPosts(receiver.url, n, 100);
    receiver.count = 0;
    ctx.log(`plain keep-alive POSTs to the receiver: ${num(baseline)}/s; now ${n} events into the outbox in one statement`);
    const started = performance.now();
    await platform.db.query(
      `INSERT INTO outbox (type, organization_id, data) SELECT 'posting.published', $1, jsonb_build_object('jobPostingId', gen_random_uuid()) FROM generate_series(1, $2::int)`,
      [organizationId, n],
    );
    await receiver.all(n, 300_000);
    const seconds = (performance.now() - started) / 1000;
    const perSecond = n / seconds;
    ctx.log(`${n} deliveries received in ${seconds.toFixed(1)} s (${num(perSecond)}/s); ${receiver.count} requests (duplicates ${receiver.count - receiver.ids.size}), bad signatures in the sample: ${receiver.badSignatures}`);
    if (receiver.badSignatures) throw new Error(`${receiver.badSignatures} signature(s) refused by standardwebhooks`);
    return {
      benchmark: 'webhooks',
      metric: `dispatch + signed delivery, ${n} events, deliveries/s end to end`,
      value: num(perSecond),
      baseline: `plain keep-alive POSTs to the same receiver: ${num(baseline)}/s`,
      ratio: ratio(perSecond / baseline),
      target: `≥ ${TARGET_PER_S}/s`,
      verdict: verdict(perSecond >= TARGET_PER_S),
    };
  } finally {
    await platform.stop();
    await receiver.stop();
  }
}

export const webhooksBench: Benchmark = {
  name: 'webhooks',
  title: 'Webhooks: dispatcher throughput, and what the outbox write adds to an apply',
  async run(ctx: BenchContext): Promise<Figure[]> {
    return [await throughput(ctx), await applyP95(ctx)];
  },
};

async function applyP95(ctx: BenchContext): Promise<Figure> {
  const n = ctx.scale.quick ? 20 : 100;
  const platform = await new BenchPlatform(ctx.template, 'outbox_apply').prepare();
  try {
    await platform.startApi();
    const withOutbox = new ApiClient(platform.baseUrl);
    const skip = await platform.startExtraApi({ BENCH_SKIP_OUTBOX: 'true' });
    const withoutOutbox = new ApiClient(skip);
    const admin = await withOutbox.signupOrganization();
    const [p1, p2] = [await withOutbox.publishedBackEndPosting(admin), await withOutbox.publishedBackEndPosting(admin)];
    const tokens: string[] = [];
    for (const profile of generateProfiles(n + 5, DEFAULT_SEED + 7)) {
      const token = await withOutbox.signupCandidate(profile.name);
      await withOutbox.putProfile(token, profile);
      tokens.push(token);
    }
    ctx.log(`${tokens.length} candidates; each applies once through each API (one writes the outbox, one does not), alternating which goes first`);
    const timesWith: number[] = [];
    const timesWithout: number[] = [];
    for (const [i, token] of tokens.entries()) {
      const runs: Array<[ApiClient, string, number[]]> = [
        [withOutbox, p1, timesWith],
        [withoutOutbox, p2, timesWithout],
      ];
      if (i % 2) runs.reverse();
      for (const [client, posting, into] of runs) {
        const t0 = performance.now();
        must(await client.as(token).POST('/api/v1/jobs/{id}/applications', { params: { path: { id: posting } }, body: {} }), 201);
        if (i >= 5) into.push(performance.now() - t0);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const [w95, o95] = [percentile(timesWith, 95), percentile(timesWithout, 95)];
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'application.created' AND data->>'jobPostingId' = $1`, [p2]);
    if (rows[0].n !== 0) throw new Error('the API started with BENCH_SKIP_OUTBOX wrote outbox rows');
    ctx.log(`apply p50/p95 with the outbox write ${ms(percentile(timesWith, 50))} / ${ms(w95)}; without ${ms(percentile(timesWithout, 50))} / ${ms(o95)}`);
    return {
      benchmark: 'webhooks',
      metric: `apply request p50 / p95 with the outbox write (${timesWith.length} applies)`,
      value: `${ms(percentile(timesWith, 50))} / ${ms(w95)}`,
      baseline: `same build without it: ${ms(percentile(timesWithout, 50))} / ${ms(o95)}`,
      ratio: ratio(w95 / o95),
      target: `p95 ≤ ${MAX_OVERHEAD}× without`,
      verdict: verdict(w95 <= o95 * MAX_OVERHEAD),
    };
  } finally {
    await platform.stop();
  }
}
