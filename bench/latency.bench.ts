/**
 * Latency: apply → score visible, at idle, through the real API and worker.
 * Candidates sign up and fill their profile through the API; then, one at a
 * time, each applies (POST /jobs/{id}/applications) and we poll
 * GET /applications/{id} every 10 ms until its match is scored. Baseline, in
 * the same run: the apply request alone (its round trip), so what scoring
 * adds is the difference. Target: p95 ≤ 500 ms.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_SEED, generateProfiles } from './data-generator';
import { ApiClient, ok, type Schema } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import { ms, percentile, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const TARGET_P95_MS = 500;
const POLL_MS = 10;
const WARM_UP = 3;

type Application = Schema<'ApplicationResponse'>;

async function applyAndWait(api: ApiClient, token: string, postingId: string): Promise<{ applyMs: number; visibleMs: number }> {
  const start = performance.now();
  const app: Application = await ok(201, api.as(token).POST('/api/v1/jobs/{id}/applications', { params: { path: { id: postingId } }, body: {} }));
  const applyMs = performance.now() - start;
  for (let seen = app; seen.match.status !== 'scored'; ) {
    if (seen.match.status === 'failed') throw new Error(`application ${app.id} failed to score`);
    if (performance.now() - start > 30000) throw new Error(`application ${app.id} not scored within 30 s`);
    await new Promise((r) => setTimeout(r, POLL_MS));
    seen = await ok(200, api.as(token).GET('/api/v1/applications/{id}', { params: { path: { id: app.id } } }));
  }
  return { applyMs, visibleMs: performance.now() - start };
}

export const latencyBench: Benchmark = {
  name: 'latency',
  title: 'Latency: apply → score visible, at idle',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const n = ctx.scale.latencyApplies;
    const platform = await new BenchPlatform(ctx.template, 'latency').prepare();
    try {
      await Promise.all([platform.startApi(), platform.startWorker()]);
      const api = new ApiClient(platform.baseUrl);
      const postingId = await api.publishedBackEndPosting(await api.signupOrganization());
      const tokens: string[] = [];
      for (const profile of generateProfiles(n + WARM_UP, DEFAULT_SEED + 1)) {
        const token = await api.signupCandidate(profile.name);
        await api.putProfile(token, profile);
        tokens.push(token);
      }
      ctx.log(`${n + WARM_UP} candidates signed up with profiles through the API; ${WARM_UP} warm-up applies, then ${n} measured, one at a time`);
      const apply: number[] = [];
      const visible: number[] = [];
      for (const [i, token] of tokens.entries()) {
        const t = await applyAndWait(api, token, postingId);
        if (i >= WARM_UP) {
          apply.push(t.applyMs);
          visible.push(t.visibleMs);
        }
        await new Promise((r) => setTimeout(r, 50)); // idle between applies
      }
      const [p50, p95, max] = [percentile(visible, 50), percentile(visible, 95), percentile(visible, 100)];
      const [a50, a95] = [percentile(apply, 50), percentile(apply, 95)];
      ctx.log(`apply → scored: p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(max)} (poll every ${POLL_MS} ms); apply request alone: p50 ${ms(a50)}, p95 ${ms(a95)}`);
      return [
        {
          benchmark: 'latency',
          metric: `apply → score visible, p50 / p95 (${n} sequential applies)`,
          value: `${ms(p50)} / ${ms(p95)}`,
          baseline: `the apply request alone: ${ms(a50)} / ${ms(a95)}`,
          ratio: ratio(p95 / a95),
          target: `p95 ≤ ${TARGET_P95_MS} ms`,
          verdict: verdict(p95 <= TARGET_P95_MS),
        },
      ];
    } finally {
      await platform.stop();
    }
  },
};
