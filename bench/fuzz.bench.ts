/**
 * Contract fuzzing at scale: 10,000 hostile requests built from the served
 * OpenAPI document (test/support/fuzz), for every role, against seeded data.
 * Prints the counts by status; PASS only with 0 × 5xx, every 4xx a problem
 * with its status and nothing leaked, and the seeded data unchanged.
 */
import { randomInt } from 'node:crypto';
import { seedFuzzWorld, snapshotWorld } from '../test/support/fuzz/fuzz-world';
import { describeFailures, runFuzz } from '../test/support/fuzz/run-fuzz';
import { BenchPlatform } from './support/bench-platform';
import { num, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const REQUESTS = 10_000;

export const fuzzBench: Benchmark = {
  name: 'fuzz',
  title: `Contract fuzzing: ${REQUESTS.toLocaleString('en')} hostile requests from the OpenAPI document`,
  async run(ctx: BenchContext): Promise<Figure[]> {
    const platform = await new BenchPlatform(ctx.template, 'fuzz').prepare();
    try {
      await platform.startApi();
      const world = await seedFuzzWorld(platform.baseUrl);
      const before = await snapshotWorld(platform.db, world);
      const seed = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));
      const started = Date.now();
      const report = await runFuzz({ baseUrl: platform.baseUrl, world, requests: REQUESTS, seed, concurrency: 8 });
      const seconds = (Date.now() - started) / 1000;
      const fiveXx = Object.entries(report.counts).filter(([status]) => Number(status) >= 500).reduce((n, [, c]) => n + c, 0);
      const intact = (await snapshotWorld(platform.db, world)) === before;
      ctx.log(`seed ${seed}, ${seconds.toFixed(1)} s; by status: ${Object.entries(report.counts).map(([s, c]) => `${s} × ${c}`).join(', ')}`);
      ctx.log(`5xx = ${fiveXx} ${fiveXx === 0 ? 'PASS' : 'FAIL'}; contract violations = ${report.violations.length}; seeded data ${intact ? 'intact' : 'CHANGED'}`);
      if (report.violations.length > 0) ctx.log(describeFailures(report));
      const figure = (metric: string, value: string, ok: boolean): Figure => ({ benchmark: 'fuzz', metric, value, baseline: '—', ratio: '—', target: '0', verdict: verdict(ok) });
      return [
        figure('5xx answers', num(fiveXx), fiveXx === 0),
        figure('contract violations (any)', num(report.violations.length), report.violations.length === 0),
        { ...figure('seeded data changed', intact ? 'no' : 'yes', intact), target: 'no' },
      ];
    } finally {
      await platform.stop();
    }
  },
};
