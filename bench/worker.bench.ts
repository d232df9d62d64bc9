/**
 * Worker: application-scoring jobs per second end to end — enqueue (addBulk
 * from here, as the API's producer does) until Postgres holds every score —
 * with the built worker process at its default concurrency. Baseline, in the
 * same run, on the same Redis: the same jobs on a no-op BullMQ worker with
 * the same concurrency, i.e. what BullMQ alone costs. Targets: ≥ 2,000 jobs/s
 * and ≥ 20 % of the no-op rate.
 */
import { performance } from 'node:perf_hooks';
import { jobIds, jobOptions, SCORING_QUEUE, ScoringJob, type ScoreApplicationPayload } from '@embauche/queues/queue-names';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import type { Pool } from 'pg';
import { DEFAULT_SEED, insertApplications, insertCandidates, insertPosting } from './data-generator';
import { REDIS_URL } from './support/bench-env';
import { BenchPlatform, deleteRedisKeys } from './support/bench-platform';
import { ms, num, pct, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const TARGET_JOBS_PER_SECOND = 2000;
const TARGET_SHARE_OF_NOOP = 0.2;
const DEFAULT_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 200); // the worker's WORKER_CONCURRENCY default

/** As ScoringProducer enqueues score jobs, with the SCORING_ATTEMPTS / SCORING_BACKOFF_MS defaults. */
const JOB_OPTIONS = jobOptions(5, 500);

async function enqueue(queue: Queue, payloads: readonly ScoreApplicationPayload[]): Promise<void> {
  for (let i = 0; i < payloads.length; i += 1000) {
    await queue.addBulk(payloads.slice(i, i + 1000).map((data) => ({ name: ScoringJob.ScoreApplication, data, opts: { ...JOB_OPTIONS, jobId: jobIds.score(data) } })));
  }
}

interface RunTimes {
  enqueueMs: number;
  totalMs: number;
}

/** The baseline: the same jobs, a worker that does nothing, counted by its `completed` events. */
async function noopRun(prefix: string, payloads: readonly ScoreApplicationPayload[], concurrency: number): Promise<RunTimes> {
  const queue = new Queue(SCORING_QUEUE, { connection: new IORedis(REDIS_URL, { maxRetriesPerRequest: null }), prefix });
  const worker = new Worker(SCORING_QUEUE, async () => 'noop', { connection: new IORedis(REDIS_URL, { maxRetriesPerRequest: null }), prefix, concurrency });
  try {
    await worker.waitUntilReady();
    let completed = 0;
    const allDone = new Promise<void>((resolve) => worker.on('completed', () => ++completed === payloads.length && resolve()));
    const start = performance.now();
    await enqueue(queue, payloads);
    const enqueueMs = performance.now() - start;
    await allDone;
    return { enqueueMs, totalMs: performance.now() - start };
  } finally {
    await worker.close();
    await queue.close();
  }
}

/** The real thing: the built worker process scores and stores; Postgres says when every row is scored. */
async function realRun(platform: BenchPlatform, payloads: readonly ScoreApplicationPayload[], postingId: string): Promise<RunTimes & { failed: number }> {
  const queue = new Queue(SCORING_QUEUE, { connection: new IORedis(REDIS_URL, { maxRetriesPerRequest: null }), prefix: platform.queuePrefix });
  try {
    const start = performance.now();
    await enqueue(queue, payloads);
    const enqueueMs = performance.now() - start;
    const deadline = Date.now() + Math.max(120000, payloads.length * 20);
    // The partial index on pending rows keeps this poll cheap as the backlog shrinks.
    while ((await pendingCount(platform.db)) > 0) {
      if (Date.now() > deadline) throw new Error(`the worker did not score ${payloads.length} applications in time:\n${platform.worker?.logs().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    const totalMs = performance.now() - start;
    const { rows } = await platform.db.query<{ scored: number; failed: number }>(
      `SELECT count(*) FILTER (WHERE match_status = 'scored')::int AS scored, count(*) FILTER (WHERE match_status = 'failed')::int AS failed
         FROM applications WHERE job_posting_id = $1`,
      [postingId],
    );
    if (rows[0].scored + rows[0].failed !== payloads.length) throw new Error(`expected ${payloads.length} scored rows, found ${rows[0].scored}`);
    return { enqueueMs, totalMs, failed: rows[0].failed };
  } finally {
    await queue.close();
  }
}

async function pendingCount(db: Pool): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM applications WHERE match_status = 'pending'`);
  return rows[0].n;
}

export const workerBench: Benchmark = {
  name: 'worker',
  title: 'Worker: application-scoring jobs per second, enqueue → stored score',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const n = ctx.scale.workerJobs;
    const concurrency = DEFAULT_CONCURRENCY;
    const platform = await new BenchPlatform(ctx.template, 'worker').prepare();
    const noopPrefix = `${platform.queuePrefix}_noop`;
    try {
      const { postingId } = await insertPosting(platform.db);
      const candidateIds = await insertCandidates(platform.db, n, DEFAULT_SEED, { discoverable: false });
      const applications = await insertApplications(platform.db, postingId, candidateIds);
      await platform.db.query('VACUUM (ANALYZE) users, candidate_profiles, applications');
      const payloads: ScoreApplicationPayload[] = applications.map(({ applicationId, profileRevision, requirementsVersion, generation }) => ({
        applicationId,
        profileRevision,
        requirementsVersion,
        generation,
      }));
      ctx.log(`${num(n)} candidates and pending applications loaded; concurrency ${concurrency} for both runs`);

      const noop = await noopRun(noopPrefix, payloads, concurrency);
      ctx.log(`no-op BullMQ worker (in this process): enqueue ${ms(noop.enqueueMs)}, all completed after ${ms(noop.totalMs)}`);
      await platform.startWorker({ WORKER_CONCURRENCY: String(concurrency) });
      const real = await realRun(platform, payloads, postingId);
      ctx.log(`worker process: enqueue ${ms(real.enqueueMs)}, all scores stored after ${ms(real.totalMs)}${real.failed ? ` (${real.failed} failed!)` : ''}`);

      const rate = n / (real.totalMs / 1000);
      const noopRate = n / (noop.totalMs / 1000);
      const share = rate / noopRate;
      return [
        {
          benchmark: 'worker',
          metric: `score jobs/s end to end (${num(n)} jobs, concurrency ${concurrency})`,
          value: num(rate),
          baseline: `no-op BullMQ worker: ${num(noopRate)} jobs/s`,
          ratio: `${ratio(share)} (${pct(share)} of no-op)`,
          target: `≥ ${num(TARGET_JOBS_PER_SECOND)} jobs/s and ≥ ${pct(TARGET_SHARE_OF_NOOP)} of no-op`,
          verdict: verdict(rate >= TARGET_JOBS_PER_SECOND && share >= TARGET_SHARE_OF_NOOP && real.failed === 0),
        },
      ];
    } finally {
      await platform.stop();
      await deleteRedisKeys(noopPrefix).catch(() => undefined);
    }
  },
};
