import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
// The file, not the index: the index loads Nest, which Jest cannot require (ESM).
import { dataSourceOptions } from '@embauche/schema/data-source-options';
import { cloneTemplateDatabase, dropDatabase } from './support/test-database';
import { distFile } from './support/test-env';

const run = promisify(execFile);

async function cli(script: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [distFile('api', script)], { env: { PATH: process.env.PATH, ...env }, timeout: 30000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('Schema, seed and start-up commands', () => {
  let db: { name: string; url: string };

  beforeAll(async () => {
    db = await cloneTemplateDatabase();
  });
  afterAll(() => dropDatabase(db.name));

  it('has migrations that agree with the entities (no pending schema change)', async () => {
    const dataSource = await new DataSource(dataSourceOptions(db.url, { poolSize: 1 })).initialize();
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(false); // nothing left to apply
    } finally {
      await dataSource.destroy();
    }
  });

  it('upgrades a database that holds data: existing profiles get their packed codes, breakdowns become json with their content', async () => {
    const dataSource = await new DataSource(dataSourceOptions(db.url, { poolSize: 1 })).initialize();
    try {
      // Back to the schema before packed codes, json breakdowns and change notifications, with data written under it.
      // Undone down to UnscoredCountsIndex whatever came later, so new migrations do not shift the target.
      const last = async () => (await dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`))[0].name as string;
      while ((await last()) !== 'UnscoredCountsIndex1795351368361') await dataSource.undoLastMigration();
      const candidate = '0f0f0f0f-0000-4000-8000-000000000001';
      await dataSource.query(`INSERT INTO users (id, email, name, role) VALUES ($1, 'upgrade@example.com', 'U', 'candidate')`, [candidate]);
      await dataSource.query(
        `INSERT INTO candidate_profiles (candidate_id, skills, languages) VALUES ($1, $2::jsonb, $3::jsonb)`,
        [candidate, JSON.stringify([{ name: 'Java', skillId: 'java', level: 4 }, { name: 'Foo', skillId: null, level: 2 }, { name: 'SQL', skillId: 'sql' }]), JSON.stringify([{ language: 'fr', level: 'C1' }])],
      );
      // A scored application and a suggestion, with breakdowns as jsonb. Their posting is a bare row written with FK checks
      // off (its organization is not needed), so later migrations that update applications find the posting it points to.
      const breakdown = { score: 42.5, mustHavesMet: true, items: [{ type: 'skill', anyOf: ['java'], credit: 0.75 }], note: 'Liège' };
      const posting = '0f0f0f0f-0000-4000-8000-0000000000a1';
      await dataSource.query(`SET session_replication_role = replica`);
      await dataSource.query(
        `INSERT INTO job_postings (id, organization_id, template_id, status, title, description, language, country, city, city_key, seniority, remote_policy, employment_type, requirements)
         VALUES ($1, $2, 'backend-developer', 'published', 'T', 'D', 'en', 'BE', 'Liège', 'liege', 'mid', 'onsite', 'full_time', '{}'::jsonb)`,
        [posting, '0f0f0f0f-0000-4000-8000-0000000000b1'],
      );
      await dataSource.query(
        `INSERT INTO applications (job_posting_id, candidate_id, organization_id, applied_with_revision, match_status, match_score, match_must_haves_met,
           match_breakdown, match_profile_revision, match_requirements_version)
         VALUES ($1, $2, $3, 1, 'scored', 42.5, true, $4::jsonb, 1, 1)`,
        [posting, candidate, '0f0f0f0f-0000-4000-8000-0000000000b1', JSON.stringify(breakdown)],
      );
      await dataSource.query(
        `INSERT INTO suggestions (job_posting_id, candidate_id, run_id, score, must_haves_met, breakdown, profile_revision, requirements_version, scorer_version, scored_at)
         VALUES ($1, $2, $3, 42.5, true, $4::jsonb, 1, 1, 1, now())`,
        [posting, candidate, '0f0f0f0f-0000-4000-8000-0000000000c1', JSON.stringify(breakdown)],
      );
      await dataSource.query(`SET session_replication_role = origin`);
      const [skillsBefore] = await dataSource.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'skills' AND column_name = 'code'`);
      expect(skillsBefore.n).toBe(0);

      await dataSource.runMigrations();
      const codes: Record<string, number> = Object.fromEntries(
        (await dataSource.query(`SELECT id, code FROM skills WHERE id IN ('java', 'sql')`)).map((r: { id: string; code: number }) => [r.id, r.code]),
      );
      const [profile] = await dataSource.query(`SELECT skill_codes, language_codes FROM candidate_profiles WHERE candidate_id = $1`, [candidate]);
      expect(profile.skill_codes).toEqual([codes.java * 8 + 4, -1, codes.sql * 8 + 7]);
      expect(profile.language_codes).toEqual([(5 * 26 + 17) * 8 + 4]); // f = 5, r = 17, C1 = 4
      const [type] = await dataSource.query(`SELECT data_type FROM information_schema.columns WHERE table_name = 'applications' AND column_name = 'match_breakdown'`);
      expect(type.data_type).toBe('json');
      const [stored] = await dataSource.query(
        `SELECT a.match_breakdown::jsonb AS application, s.breakdown::jsonb AS suggestion FROM applications a JOIN suggestions s USING (job_posting_id, candidate_id) WHERE a.candidate_id = $1`,
        [candidate],
      );
      expect(stored).toEqual({ application: breakdown, suggestion: breakdown });
      await dataSource.query(`DELETE FROM suggestions WHERE candidate_id = $1`, [candidate]);
      await dataSource.query(`DELETE FROM applications WHERE candidate_id = $1`, [candidate]);
      await dataSource.query(`DELETE FROM users WHERE id = $1`, [candidate]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('seeds idempotently: a second run changes no row', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const snapshot = async () =>
      (await client.query(`SELECT 'skill:' || id || ':' || xmin AS k FROM skills UNION ALL SELECT 'rel:' || from_skill_id || to_skill_id || ':' || xmin FROM skill_relations UNION ALL SELECT 'tpl:' || id || ':' || xmin FROM job_templates ORDER BY 1`)).rows.map((r) => r.k);
    const before = await snapshot();
    // Codes are drawn only for new skills: a second seed draws none (the sequence does not move).
    const codes = async () =>
      (await client.query(`SELECT (SELECT max(code) FROM skills) AS max, (SELECT last_value FROM pg_sequences WHERE sequencename = pg_get_serial_sequence('skills', 'code')::regclass::name) AS last`)).rows[0];
    const codesBefore = await codes();
    const second = await cli('cli/seed.js', { DATABASE_URL: db.url });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 inserted, 0 updated, 0 deleted\); templates: 0 inserted, 0 updated/);
    expect(await snapshot()).toEqual(before);
    expect(await codes()).toEqual(codesBefore);
    const counts = await client.query(`SELECT (SELECT count(*) FROM skills WHERE kind = 'technical')::int AS technical, (SELECT count(*) FROM skills WHERE kind = 'soft')::int AS soft, (SELECT count(*) FROM job_templates)::int AS templates`);
    expect(counts.rows[0].technical).toBeGreaterThanOrEqual(150);
    expect(counts.rows[0].soft).toBeGreaterThanOrEqual(10);
    expect(counts.rows[0].templates).toBeGreaterThanOrEqual(1);
    await client.end();
  });

  it('says in one line when Redis cannot be reached, with the URL and how to start it', async () => {
    const result = await cli('cli/preflight.js', { DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:1' });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Redis is not reachable at redis:\/\/127\.0\.0\.1:1.*docker compose up -d postgres redis/);
  });

  it('says in one line when Postgres cannot be reached', async () => {
    const result = await cli('cli/migrate.js', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/embauche_test_nowhere' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PostgreSQL is not reachable at postgres:\/\/postgres@127\.0\.0\.1:1\/embauche_test_nowhere.*docker compose up -d postgres redis/);
  });

  it('refuses to boot on invalid configuration, naming the variable', async () => {
    const api = await run(process.execPath, [distFile('api', 'main.js')], { env: { PATH: process.env.PATH, PORT: 'eighty', DATABASE_URL: 'mysql://x', WORKER_CONCURRENCY: 'many' } }).catch((e) => e);
    expect(api.code).toBe(1);
    expect(api.stderr).toMatch(/PORT: PORT must be a whole number/);
    expect(api.stderr).toMatch(/DATABASE_URL: DATABASE_URL must be a postgres:\/\/ URL/);
    const prod = await run(process.execPath, [distFile('api', 'main.js')], { env: { PATH: process.env.PATH, NODE_ENV: 'production' } }).catch((e) => e);
    expect(prod.code).toBe(1);
    expect(prod.stderr).toMatch(/JWT_SECRET: the development default is refused when NODE_ENV=production/);
    // Each app checks the variables it reads: the worker names its own, and not the API's PORT.
    const worker = await run(process.execPath, [distFile('worker', 'main.js')], { env: { PATH: process.env.PATH, PORT: 'eighty', WORKER_CONCURRENCY: 'many' } }).catch((e) => e);
    expect(worker.code).toBe(1);
    expect(worker.stderr).toMatch(/WORKER_CONCURRENCY: WORKER_CONCURRENCY must be a whole number/);
    expect(worker.stderr).not.toMatch(/PORT/);
    expect(api.stderr).not.toMatch(/WORKER_CONCURRENCY/);
  });
});
