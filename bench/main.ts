/**
 * `npm run bench [-- <name>…] [-- --quick]`: builds a migrated and seeded
 * template database for the run (embauche_bench_<pid>), runs the chosen
 * benchmarks (each on its own clone, with its own queue prefix), prints each
 * figure next to its baseline as it goes, then a markdown summary for the
 * README. Every bench database and Redis key is removed at the end, also on
 * Ctrl-C.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import IORedis from 'ioredis';
import { cvBench } from './cv.bench';
import { fuzzBench } from './fuzz.bench';
import { latencyBench } from './latency.bench';
import { matchesBench } from './matches.bench';
import { rateLimitBench } from './rate-limit.bench';
import { scorerBench } from './scorer.bench';
import { soakBench } from './soak.bench';
import { sourcingBench } from './sourcing.bench';
import { stopAllPlatforms } from './support/bench-platform';
import { createMigratedDatabase, dropAbandonedDatabases, dropDatabase, serverVersion } from './support/bench-database';
import { ADMIN_DATABASE_URL, BENCH_PREFIX, REDIS_URL, ROOT, scaleFor } from './support/bench-env';
import { machineLine, printFigure, summaryTable, type BenchContext, type Benchmark, type Figure } from './support/report';
import { webBench } from './web.bench';
import { webReviewBench } from './web-review.bench';
import { workerBench } from './worker.bench';
import { webhooksBench } from './webhooks.bench';

const BENCHMARKS: readonly Benchmark[] = [scorerBench, workerBench, sourcingBench, latencyBench, matchesBench, fuzzBench, rateLimitBench, soakBench, webBench, webReviewBench, cvBench, webhooksBench];
const NEEDS_DATABASE = new Set(['worker', 'sourcing', 'latency', 'matches', 'fuzz', 'soak', 'web', 'web-review', 'cv', 'webhooks']);

export async function main(argv: string[]): Promise<number> {
  const quick = argv.includes('--quick');
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0 || argv.includes('--help')) {
    console.log(`usage: npm run bench [-- [--quick] [${BENCHMARKS.map((b) => b.name).join(' | ')} …]]`);
    return unknown.length > 0 ? 2 : 0;
  }
  const chosen = names.length > 0 ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;
  const scale = scaleFor(quick);
  const template = `${BENCH_PREFIX}${process.pid}`;
  const usesDatabase = chosen.some((b) => NEEDS_DATABASE.has(b.name));

  const cleanup = async () => {
    await stopAllPlatforms();
    if (usesDatabase) await dropDatabase(template).catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  const machine = machineLine(await serviceVersions(usesDatabase));
  console.log(`\nEmbauche benchmarks — ${machine}`);
  if (quick) console.log('QUICK MODE: reduced scale, to check that the benchmarks run; the figures are not comparable to the targets.');
  console.log(`Load average now: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine skews every figure)\n`);

  const figures: Figure[] = [];
  const notes: string[] = [];
  let failed = false;
  try {
    if (usesDatabase) {
      await dropAbandonedDatabases();
      const started = Date.now();
      await createMigratedDatabase(template);
      console.log(`Bench template database ${template} migrated and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    for (const bench of chosen) {
      console.log(`▶ ${bench.title}`);
      const ctx: BenchContext = { template, scale, log: (m) => console.log(`    ${m}`) };
      const started = Date.now();
      try {
        const result = await bench.run(ctx);
        result.forEach(printFigure);
        figures.push(...result);
      } catch (error) {
        console.error(`  ${bench.name} failed: ${(error as Error).stack ?? String(error)}`);
        notes.push(`${bench.name}: failed (${(error as Error).message.split('\n')[0]})`);
        failed = true;
      }
      console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }
  } finally {
    await cleanup();
  }
  if (chosen.includes(sourcingBench) && !quick && !scale.sourcingSizes.includes(1_000_000)) {
    notes.push('sourcing over 1,000,000 candidates: not run by default (loading a million profiles takes minutes); run it with BENCH_SOURCING_1M=1 npm run bench -- sourcing');
  }
  if (quick) notes.push('quick mode: reduced scale, figures not comparable to the targets');
  const table = summaryTable(figures, machine, notes);
  console.log(`Summary (markdown, for the README):\n\n${table}\n`);
  mkdirSync(`${ROOT}/.bench`, { recursive: true });
  writeFileSync(`${ROOT}/.bench/last-run.md`, `${table}\n`);
  // A missed target is a figure, not a failure; only a benchmark that could not run fails the command.
  return failed ? 1 : 0;
}

async function serviceVersions(usesDatabase: boolean): Promise<string[]> {
  if (!usesDatabase) return [];
  const pg = await serverVersion(ADMIN_DATABASE_URL);
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const info = await redis.info('server');
    return [`PostgreSQL ${pg.split(' ')[0]}`, `Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'}`];
  } finally {
    redis.disconnect();
  }
}
