/**
 * Matches endpoint: 10,000 scored applications (real scores and breakdowns)
 * on one posting; autocannon with 50 connections on GET …/matches (first
 * page, and page 200 reached by walking the cursor), and on GET /health/live
 * of the same server in the same run as the baseline. Targets: p99 ≤ 25 ms,
 * throughput ≥ 50 % of the health endpoint's, page 200 as fast as page 1.
 * Requests accept gzip, as browsers and HTTP clients do.
 *
 * Pages are served by the API's read cache (apps/api/src/read-cache), kept
 * exact by Postgres notifications: the load measures what 50 clients reading
 * the same lists get. For scale, information rows: the same page without
 * compression, the same page with the cache off (READ_CACHE_MB=0: every
 * request reads Postgres, as a cache miss does), and GET /auth/me (the
 * cheapest authenticated route: JWT, actor, then a read of the user).
 */
import { DEFAULT_SEED, insertApplications, insertCandidates } from './data-generator';
import { ApiClient, ok, type Schema } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import { ms, num, pct, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const CONNECTIONS = 50;
const TARGET_P99_MS = 25;
const TARGET_SHARE_OF_HEALTH = 0.5;
/** "As fast as page 1": within 20 % of its throughput. */
const TARGET_DEEP_SHARE = 0.8;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = require('autocannon') as Autocannon;

interface Load {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, seconds: number, headers: Record<string, string>, label: string, ctx: BenchContext): Promise<Load> {
  await autocannon({ url, connections: CONNECTIONS, duration: Math.min(2, seconds), headers }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) throw new Error(`${label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  ctx.log(`${label}: ${num(r.requests.average)} req/s, p50 ${ms(r.latency.p50)}, p99 ${ms(r.latency.p99)}, ${num(r.throughput.average / 2 ** 20, 1)} MiB/s (${num(r.requests.total)} requests)`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

type MatchPage = Schema<'MatchListResponse'>;

/** Follows nextCursor `pages - 1` times; checks the order on the way (MATCHING.md › Ranking). */
async function cursorOfPage(api: ApiClient, token: string, postingId: string, pages: number): Promise<{ cursor: string; bytes: number }> {
  let cursor: string | null = null;
  let previous: MatchPage['items'][number] | undefined;
  let bytes = 0;
  for (let page = 1; page < pages; page++) {
    const query = { limit: 20, ...(cursor ? { cursor } : {}) };
    const body: MatchPage = await ok(200, api.as(token).GET('/api/v1/job-postings/{id}/matches', { params: { path: { id: postingId }, query } }));
    if (page === 1) bytes = JSON.stringify(body).length;
    for (const item of body.items) {
      if (previous && ranksAfter(previous, item)) throw new Error(`matches out of order at page ${page}: ${JSON.stringify([previous, item])}`);
      previous = item;
    }
    if (!body.nextCursor) throw new Error(`only ${page} pages of matches`);
    cursor = body.nextCursor;
  }
  return { cursor: cursor!, bytes };
}

function ranksAfter(a: MatchPage['items'][number], b: MatchPage['items'][number]): boolean {
  if (a.mustHavesMet !== b.mustHavesMet) return b.mustHavesMet;
  if (a.score !== b.score) return b.score > a.score;
  return b.candidateId < a.candidateId;
}

export const matchesBench: Benchmark = {
  name: 'matches',
  title: 'Matches endpoint: ranked pages under 50 connections, next to /health/live',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const { matchesApplications: n, matchesDeepPage: deep, autocannonSeconds: seconds } = ctx.scale;
    const platform = await new BenchPlatform(ctx.template, 'matches').prepare();
    try {
      await platform.startApi();
      const api = new ApiClient(platform.baseUrl);
      const token = await api.signupOrganization();
      const postingId = await api.publishedBackEndPosting(token);
      const candidateIds = await insertCandidates(platform.db, n, DEFAULT_SEED, { discoverable: false });
      await insertApplications(platform.db, postingId, candidateIds, { scored: true });
      await platform.db.query('VACUUM (ANALYZE) users, candidate_profiles, applications');
      const { cursor, bytes } = await cursorOfPage(api, token, postingId, deep);
      ctx.log(`${num(n)} scored applications loaded; walked the cursor to page ${deep} (order checked); a page of 20 is ${num(bytes / 1024, 1)} KiB of JSON`);

      const headers = { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, deflate, br' };
      const matchesUrl = `${platform.baseUrl}/api/v1/job-postings/${postingId}/matches?limit=20`;
      const health = await load(`${platform.baseUrl}/health/live`, seconds, {}, 'GET /health/live', ctx);
      const me = await load(`${platform.baseUrl}/api/v1/auth/me`, seconds, headers, 'GET /auth/me', ctx);
      const first = await load(matchesUrl, seconds, headers, 'GET …/matches page 1', ctx);
      const deepPage = await load(`${matchesUrl}&cursor=${encodeURIComponent(cursor)}`, seconds, headers, `GET …/matches page ${deep}`, ctx);
      const identity = await load(matchesUrl, seconds, { ...headers, 'accept-encoding': 'identity' }, 'GET …/matches page 1, uncompressed', ctx);
      await platform.restartApi({ READ_CACHE_MB: '0' });
      const uncachedUrl = matchesUrl.replace(/^http:\/\/127\.0\.0\.1:\d+/, platform.baseUrl);
      const uncached = await load(uncachedUrl, seconds, headers, 'GET …/matches page 1, read cache off', ctx);

      const row = (label: string, l: Load): Figure => ({
        benchmark: 'matches',
        metric: `${label}, ${CONNECTIONS} connections: req/s, p50 / p99`,
        value: `${num(l.rps)} req/s, ${ms(l.p50)} / ${ms(l.p99)}`,
        baseline: `GET /health/live: ${num(health.rps)} req/s, ${ms(health.p50)} / ${ms(health.p99)}`,
        ratio: `${ratio(l.rps / health.rps)} (${pct(l.rps / health.rps)} of health)`,
        target: `p99 ≤ ${TARGET_P99_MS} ms, ≥ ${pct(TARGET_SHARE_OF_HEALTH)} of health`,
        verdict: verdict(l.p99 <= TARGET_P99_MS && l.rps >= TARGET_SHARE_OF_HEALTH * health.rps),
      });
      const info = (label: string, l: Load): Figure => ({ ...row(label, l), target: 'information', verdict: 'info' });
      return [
        row('GET …/matches page 1', first),
        row(`GET …/matches page ${deep}`, deepPage),
        info('GET …/matches page 1, uncompressed (Accept-Encoding: identity)', identity),
        info('GET …/matches page 1, read cache off (READ_CACHE_MB=0)', uncached),
        info('GET /auth/me (cheapest authenticated route)', me),
        {
          benchmark: 'matches',
          metric: `page ${deep} against page 1, req/s`,
          value: `${num(deepPage.rps)} req/s`,
          baseline: `page 1: ${num(first.rps)} req/s`,
          ratio: ratio(deepPage.rps / first.rps),
          target: `≈ page 1 (≥ ${TARGET_DEEP_SHARE}×)`,
          verdict: verdict(deepPage.rps >= TARGET_DEEP_SHARE * first.rps),
        },
      ];
    } finally {
      await platform.stop();
    }
  },
};
