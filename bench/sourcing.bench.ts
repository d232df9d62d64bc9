/**
 * Sourcing: a pass over every discoverable candidate through the real path
 * (POST /job-postings/{id}/sourcing-runs on the API, the worker reads the
 * pool in keyset pages, scores it, writes the best 500; we poll the run until
 * it is done). Baseline, in the same run: a plain SELECT of the same columns
 * with the same filter, keyset pages of 5,000, same driver (pg), from this
 * process. Target: ≤ 1.5 × the plain read, and 100,000 candidates in ≤ 3 s.
 * 1,000,000 candidates with BENCH_SOURCING_1M=1 (loading them takes minutes).
 */
import { performance } from 'node:perf_hooks';
import { PROFILE_COLUMNS } from '@embauche/scoring/candidate-for-scoring';
import { Client } from 'pg';
import { DEFAULT_SEED, insertCandidates } from './data-generator';
import { ApiClient, ok, type Schema } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import { median, ms, num, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const PAGE = 5000;
const TARGET_RATIO = 1.5;
const TARGET_100K_MS = 3000;

/** What the sourcing pass reads, without the scoring: the baseline. */
async function plainRead(url: string, postingId: string): Promise<{ ms: number; rows: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const start = performance.now();
    let rows = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const page = await client.query<{ candidate_id: string }>(
        `SELECT ${PROFILE_COLUMNS} FROM candidate_profiles p
          WHERE p.discoverable AND p.candidate_id > $2
            AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_posting_id = $1 AND a.candidate_id = p.candidate_id)
          ORDER BY p.candidate_id LIMIT ${PAGE}`,
        [postingId, after],
      );
      rows += page.rows.length;
      if (page.rows.length < PAGE) break;
      after = page.rows[page.rows.length - 1].candidate_id;
    }
    return { ms: performance.now() - start, rows };
  } finally {
    await client.end();
  }
}

type Run = Schema<'SourcingRunResponse'>;

/**
 * One sourcing run through the API. Its duration is the run's own record, from
 * created (the API, before it enqueues) to finished (the worker, after the
 * suggestions are written); polling every 100 ms only tells us when to look, and
 * is kept slow so it does not compete with the pass it measures.
 */
async function sourcingRun(api: ApiClient, token: string, postingId: string): Promise<{ ms: number; polledMs: number; run: Run }> {
  const start = performance.now();
  const { id } = await ok(202, api.as(token).POST('/api/v1/job-postings/{id}/sourcing-runs', { params: { path: { id: postingId } } }));
  const deadline = Date.now() + 30 * 60 * 1000;
  for (;;) {
    const run: Run = await ok(200, api.as(token).GET('/api/v1/job-postings/{id}/sourcing-runs/{runId}', { params: { path: { id: postingId, runId: id } } }));
    if (run.status === 'done') return { ms: Date.parse(run.finishedAt!) - Date.parse(run.createdAt), polledMs: performance.now() - start, run };
    if (run.status === 'failed') throw new Error(`sourcing run failed: ${run.failureReason}`);
    if (Date.now() > deadline) throw new Error('sourcing run not done within 30 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sourcingBench: Benchmark = {
  name: 'sourcing',
  title: 'Sourcing: a pass over the discoverable pool, next to a plain read of it',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const platform = await new BenchPlatform(ctx.template, 'sourcing').prepare(4);
    const figures: Figure[] = [];
    try {
      await Promise.all([platform.startApi(), platform.startWorker()]);
      const api = new ApiClient(platform.baseUrl);
      const token = await api.signupOrganization();
      const postingId = await api.publishedBackEndPosting(token);
      let loaded = 0;
      for (const size of ctx.scale.sourcingSizes) {
        const started = performance.now();
        let reported = 0;
        await insertCandidates(platform.db, size - loaded, DEFAULT_SEED, {
          discoverable: true,
          offset: loaded,
          concurrency: 4,
          onProgress: (done) => {
            if (done - reported >= 100000) ctx.log(`  … ${num(loaded + (reported = done))} loaded (${ms(performance.now() - started)})`);
          },
        });
        loaded = size;
        await platform.db.query('VACUUM (ANALYZE) users, candidate_profiles');
        ctx.log(`${num(size)} discoverable candidates loaded (and vacuumed) in ${ms(performance.now() - started)}`);
        figures.push(await measure(ctx, api, token, platform.databaseUrl, postingId, size));
      }
      return figures;
    } finally {
      await platform.stop();
    }
  },
};

async function measure(ctx: BenchContext, api: ApiClient, token: string, url: string, postingId: string, size: number): Promise<Figure> {
  const warm = await plainRead(url, postingId); // fills the cache, so neither side pays for the disk
  if (warm.rows !== size) throw new Error(`the plain read saw ${warm.rows} candidates, expected ${size}`);
  const rounds = size >= 1_000_000 ? 1 : ctx.scale.sourcingRounds;
  const plain: number[] = [];
  const passes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    plain.push((await plainRead(url, postingId)).ms);
    const { ms: elapsed, polledMs, run } = await sourcingRun(api, token, postingId);
    if (run.scanned !== size) throw new Error(`the sourcing run scanned ${run.scanned} candidates, expected ${size}`);
    passes.push(elapsed);
    ctx.log(`round ${r + 1}: plain read ${ms(plain[r])}; sourcing run ${ms(elapsed)} created → finished (${ms(polledMs)} as polled), kept ${run.kept}`);
  }
  const pass = median(passes);
  const read = median(plain);
  const share = pass / read;
  const ok = share <= TARGET_RATIO && (size !== 100_000 || pass <= TARGET_100K_MS);
  return {
    benchmark: 'sourcing',
    metric: `sourcing pass over ${num(size)} discoverable candidates`,
    value: ms(pass),
    baseline: `plain keyset SELECT of the same columns: ${ms(read)}`,
    ratio: ratio(share),
    target: size === 100_000 ? `≤ ${TARGET_RATIO}× plain read, ≤ ${num(TARGET_100K_MS / 1000)} s` : `≤ ${TARGET_RATIO}× plain read`,
    verdict: verdict(ok),
  };
}
