/**
 * Soak: two API and two worker processes on one database and Redis, a mixed
 * workload at a fixed rate (applies, profile edits, ranked reads, status
 * moves, rescores) spread over both APIs. Reports per-route p50/p99, the 5xx
 * count, applications lost (not scored on their latest profile revision and
 * requirements version once the queue drained) and each process's RSS at
 * minute 1 and at the end. Duration: SOAK_SECONDS (default 300; --quick: 60).
 * Targets: 0 × 5xx, 0 lost, RSS growth < 10 % for every process.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateProfiles } from './data-generator';
import { ApiClient } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import type { AppProcess } from '../test/support/app-process';
import { ms, num, pct, percentile, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const RATE_PER_SECOND = 20;
const CANDIDATES = 80;
const POSTINGS = 4;
const MOVES: Record<string, string> = { applied: 'screening', screening: 'interview', interview: 'offer' };

const rssMb = (pid: number | undefined): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
};

export const soakBench: Benchmark = {
  name: 'soak',
  title: 'Soak: 2 APIs + 2 workers, mixed workload at a fixed rate',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const seconds = Number(process.env.SOAK_SECONDS ?? (ctx.scale.quick ? 60 : 300));
    const platform = await new BenchPlatform(ctx.template, 'soak').prepare();
    try {
      await platform.startApi();
      await platform.startWorker();
      const second = await platform.startExtra('api');
      const worker2 = await platform.startExtra('worker');
      const processes: Array<[string, AppProcess]> = [['api#1', platform.api!], ['api#2', second.process], ['worker#1', platform.worker!], ['worker#2', worker2.process]];
      const apis = [new ApiClient(platform.baseUrl), new ApiClient(second.baseUrl)];
      const admin = await apis[0].signupOrganization();
      const postings: string[] = [];
      for (let i = 0; i < POSTINGS; i++) postings.push(await apis[i % 2].publishedBackEndPosting(admin));
      const profiles = generateProfiles(CANDIDATES * 4);
      const candidates: string[] = [];
      for (let i = 0; i < CANDIDATES; i++) {
        const token = await apis[i % 2].signupCandidate(`Soak ${i}`);
        await apis[(i + 1) % 2].putProfile(token, profiles[i]);
        candidates.push(token);
      }
      ctx.log(`${CANDIDATES} candidates, ${POSTINGS} postings; running ${seconds} s at ${RATE_PER_SECOND} operations/s over 2 APIs`);

      const latencies = new Map<string, number[]>();
      let serverErrors = 0;
      let accepted = 0;
      const applications: Array<{ id: string; status: string }> = [];
      let applies = 0;
      let n = 0;
      let failures = 0;
      const record = (route: string, t0: number) => (latencies.get(route) ?? latencies.set(route, []).get(route)!).push(performance.now() - t0);
      const call = async (route: string, method: string, path: string, body?: unknown, token = admin) => {
        const t0 = performance.now();
        const res = await apis[n % 2].request(method, path, body, token);
        record(route, t0);
        if (res.status >= 500) serverErrors++;
        return res;
      };
      const operation = async (i: number) => {
        const kind = i % 20;
        const c = (i * 7) % CANDIDATES;
        const p = (i * 3) % POSTINGS;
        if (kind < 4 && applies < CANDIDATES * POSTINGS) {
          // Every candidate × posting pair once, in order: an apply is never refused as a duplicate.
          const k = applies++;
          const res = await call('POST /jobs/{id}/applications', 'POST', `/jobs/${postings[Math.floor(k / CANDIDATES)]}/applications`, {}, candidates[k % CANDIDATES]);
          if (res.status === 201) {
            accepted++;
            applications.push({ id: (res.body as { id: string }).id, status: 'applied' });
          }
        } else if (kind < 8) {
          const t0 = performance.now();
          await apis[i % 2].putProfile(candidates[c], profiles[(c + CANDIDATES * (1 + (i % 3))) % profiles.length]); // throws on any status but 200
          record('PUT /candidates/me/profile', t0);
        } else if (kind < 17) {
          await call('GET /job-postings/{id}/matches', 'GET', `/job-postings/${postings[p]}/matches?limit=20`);
        } else if (kind < 19 && applications.length > 0) {
          const a = applications[i % applications.length];
          const to = MOVES[a.status];
          if (to && (await call('POST /applications/{id}/transitions', 'POST', `/applications/${a.id}/transitions`, { to })).status === 200) a.status = to;
        } else if (kind === 19 && i % 100 === 19) {
          await call('POST /job-postings/{id}/rescore', 'POST', `/job-postings/${postings[p]}/rescore`);
        } else {
          await call('GET /job-postings/{id}/matching-status', 'GET', `/job-postings/${postings[p]}/matching-status`);
        }
      };

      const started = Date.now();
      const inFlight = new Set<Promise<void>>();
      let rssAtMinute: number[] | undefined;
      while (Date.now() - started < seconds * 1000) {
        const i = n++;
        const op: Promise<void> = operation(i).catch((e: Error) => void (failures++ === 0 && ctx.log(`first failed operation: ${e.message}`))).finally(() => inFlight.delete(op));
        inFlight.add(op);
        if (!rssAtMinute && Date.now() - started >= Math.min(60, seconds / 2) * 1000) rssAtMinute = processes.map(([, p]) => rssMb(p.pid));
        const due = started + (n * 1000) / RATE_PER_SECOND;
        await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now()))); // the fixed rate: a schedule, not a wait on a condition
      }
      await Promise.all(inFlight);
      const rssAtEnd = processes.map(([, p]) => rssMb(p.pid));

      // Lost: an accepted application not scored on its candidate's latest profile and its posting's latest requirements.
      const freshSql = `SELECT count(*) FILTER (WHERE a.match_status = 'pending')::int AS pending,
              count(*) FILTER (WHERE a.match_status <> 'scored' OR a.match_profile_revision <> p.revision OR a.match_requirements_version <> j.requirements_version)::int AS lost
         FROM applications a JOIN candidate_profiles p ON p.candidate_id = a.candidate_id JOIN job_postings j ON j.id = a.job_posting_id`;
      const drainStarted = Date.now();
      let state = (await platform.db.query<{ pending: number; lost: number }>(freshSql)).rows[0];
      while (state.lost > 0 && Date.now() - drainStarted < 120_000) {
        await new Promise((r) => setTimeout(r, 500));
        state = (await platform.db.query<{ pending: number; lost: number }>(freshSql)).rows[0];
      }
      const total = (await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications')).rows[0].n;

      const figures: Figure[] = [];
      for (const [route, values] of [...latencies].sort()) {
        figures.push({ benchmark: 'soak', metric: `${route}: p50 / p99 (${num(values.length)} requests)`, value: `${ms(percentile(values, 50))} / ${ms(percentile(values, 99))}`, baseline: '–', ratio: '–', target: 'information', verdict: 'info' });
      }
      figures.push({ benchmark: 'soak', metric: `5xx responses over ${num(n)} operations in ${seconds} s`, value: num(serverErrors), baseline: '–', ratio: '–', target: '0', verdict: verdict(serverErrors === 0) });
      figures.push({ benchmark: 'soak', metric: 'operations that failed otherwise (network error, unexpected 4xx)', value: num(failures), baseline: '–', ratio: '–', target: '0', verdict: verdict(failures === 0) });
      figures.push({ benchmark: 'soak', metric: `applications lost (of ${num(accepted)} accepted, ${num(total)} in the database), after ${ms(Date.now() - drainStarted)} of drain`, value: num(state.lost), baseline: '–', ratio: '–', target: '0', verdict: verdict(state.lost === 0 && total === accepted) });
      processes.forEach(([name], k) => {
        const growth = rssAtEnd[k] / (rssAtMinute?.[k] ?? rssAtEnd[k]) - 1;
        figures.push({ benchmark: 'soak', metric: `${name} RSS at minute 1 → end (MB)`, value: `${num(rssAtMinute?.[k] ?? 0, 1)} → ${num(rssAtEnd[k], 1)}`, baseline: '–', ratio: pct(growth), target: 'growth < 10 %', verdict: verdict(growth < 0.1) });
      });
      return figures;
    } finally {
      await platform.stop();
    }
  },
};
