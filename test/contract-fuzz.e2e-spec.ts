import { randomInt } from 'node:crypto';
import { seedFuzzWorld, snapshotWorld } from './support/fuzz/fuzz-world';
import type { FuzzWorld } from './support/fuzz/requests';
import { describeFailures, runFuzz } from './support/fuzz/run-fuzz';
import { Platform } from './support/platform';

/** 2,000 hostile requests built from the served OpenAPI document, against real seeded data (`npm run bench -- fuzz` sends 10,000). */
describe('Contract fuzzing', () => {
  const platform = new Platform();
  let world: FuzzWorld;

  beforeAll(async () => {
    await platform.start();
    world = await seedFuzzWorld(platform.baseUrl);
  }, 120_000);
  afterAll(() => platform.stop());

  it('answers every hostile request with a 4xx problem (never 5xx, nothing leaked) and leaves the data intact', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31));
    const before = await snapshotWorld(platform.db, world);
    expect(before.split('\n').length).toBeGreaterThanOrEqual(8);
    const report = await runFuzz({ baseUrl: platform.baseUrl, world, requests: 2000, seed, concurrency: 4 });
    if (report.violations.length > 0) throw new Error(describeFailures(report));
    console.log(`contract fuzzing, seed ${seed}: ${JSON.stringify(report.counts)}`);
    const answered = Object.entries(report.counts).filter(([status]) => Number(status) >= 400).reduce((n, [, c]) => n + c, 0);
    expect(answered).toBeGreaterThan(1800);
    expect(await snapshotWorld(platform.db, world)).toBe(before);
  }, 110_000);
});
