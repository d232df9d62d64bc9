import { Queue, Worker } from 'bullmq';
import type { PoolClient } from 'pg';
import { AppProcess } from './support/app-process';
import { candidateWithProfile, profileBody, putProfile } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { eventually } from './support/matching';
import { Platform } from './support/platform';
import { freePort } from './support/ports';
import { createPublished, type Posting } from './support/postings';
import { REDIS_URL } from './support/test-env';

/**
 * Races of a sourcing pass found by reading the code. A pass is held at its
 * write (a row lock the test takes on the posting's previous suggestion), so
 * what happens between its read and its write is chosen by the test, not by
 * the scheduler.
 */
jest.setTimeout(120_000);

const FAST_RECONCILER = { RECONCILE_INTERVAL_MS: '500', RECONCILE_AFTER_MS: '1000' };

describe('A sourcing pass held between its read and its write', () => {
  const platform = new Platform({ worker: true, env: FAST_RECONCILER });
  let api: ApiClient;
  let recruiter: SignedIn;
  let posting: Posting;
  let stays: SignedIn;
  let erased: SignedIn;
  let withdrawn: SignedIn;
  let holder: PoolClient;
  let runId: string;

  const run = async (id: string) => (await api.get(`/job-postings/${posting.id}/sourcing-runs/${id}`, recruiter.token).expect(200)).body;
  const suggested = async () => (await platform.db.query<{ id: string }>('SELECT candidate_id AS id FROM suggestions WHERE job_posting_id = $1', [posting.id])).rows.map((r) => r.id);

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization('Races SA');
    recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
    posting = await createPublished(api, recruiter.token);
    stays = await candidateWithProfile(api, 'Stella Stays', profileBody({ discoverable: true }));
    erased = await candidateWithProfile(api, 'Erin Erased', profileBody({ discoverable: false }));
    withdrawn = await candidateWithProfile(api, 'Will Withdraws', profileBody({ discoverable: false }));
    // A first pass leaves one suggestion, the row the test will hold.
    const first = await api.post(`/job-postings/${posting.id}/sourcing-runs`, undefined, recruiter.token).expect(202);
    await eventually(() => run(first.body.id), (r) => r.status === 'done', 30_000, 'the first sourcing run');
    expect(await suggested()).toEqual([stays.user.id]);
    await putProfile(api, erased, profileBody({ discoverable: true }));
    await putProfile(api, withdrawn, profileBody({ discoverable: true, skills: [{ name: 'Zygomorphic basket weaving', level: 5 }] }));

    holder = await platform.db.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM suggestions WHERE job_posting_id = $1 FOR UPDATE', [posting.id]);
    runId = (await api.post(`/job-postings/${posting.id}/sourcing-runs`, undefined, recruiter.token).expect(202)).body.id;
    await eventually(
      async () => (await platform.db.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%DELETE FROM suggestions%'`)).rowCount,
      (n) => n === 1,
      30_000,
      'the second pass waiting for the held row',
    );
  }, 120_000);

  afterAll(async () => {
    await holder?.query('ROLLBACK').catch(() => undefined);
    holder?.release();
    await platform.stop();
  }, 60_000);

  it('shows its progress while it runs: scanned counts the pages read so far', async () => {
    expect(await run(runId)).toMatchObject({ status: 'running', scanned: 3 });
  });

  it('writes no suggestion for a candidate erased, or who withdrew consent, after the pass read them', async () => {
    await api.delete('/candidates/me', erased.token).expect(204);
    await putProfile(api, withdrawn, profileBody({ discoverable: false, skills: [{ name: 'Zygomorphic basket weaving', level: 5 }] }));
    await holder.query('COMMIT');
    await eventually(() => run(runId), (r) => r.status === 'done', 30_000, 'the held run');
    expect(await suggested()).toEqual([stays.user.id]);
    const leftovers = await platform.db.query(`SELECT count(*)::int AS n FROM suggestions WHERE breakdown::text ILIKE '%zygomorphic%'`);
    expect(leftovers.rows[0].n).toBe(0);
  });
});

describe('A sourcing run whose final failure was never recorded (its job kept as failed in Redis)', () => {
  const platform = new Platform({ worker: false, env: FAST_RECONCILER });
  let worker: AppProcess | undefined;

  beforeAll(() => platform.start(), 60_000);
  afterAll(async () => {
    await worker?.stop();
    await platform.stop();
  }, 60_000);

  it('ends failed, with the reason BullMQ kept, once a worker reconciles', async () => {
    const api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization('Stuck SA');
    const posting = await createPublished(api, admin.token);
    // The state after a last attempt failed and markFailed could not write (Postgres down at that moment).
    const { rows } = await platform.db.query<{ id: string }>(
      `INSERT INTO sourcing_runs (job_posting_id, status, created_at) VALUES ($1, 'running', now() - interval '1 minute') RETURNING id`,
      [posting.id],
    );
    const runId = rows[0].id;
    const url = new URL(REDIS_URL);
    const connection = { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
    const queue = new Queue('sourcing', { connection, prefix: platform.queuePrefix });
    const failing = new Worker('sourcing', () => Promise.reject(new Error('connection to Postgres lost mid-pass')), { connection, prefix: platform.queuePrefix });
    try {
      await queue.add('sourcing-run', { runId }, { jobId: `sourcing.${runId}`, attempts: 1, removeOnFail: { count: 5000 } });
      await eventually(() => queue.getJobState(`sourcing.${runId}`), (s) => s === 'failed', 20_000, 'the job failed in Redis');
    } finally {
      await failing.close();
      await queue.close();
    }

    const port = await freePort();
    worker = new AppProcess('worker', platform.env({ WORKER_HEALTH_PORT: String(port) }), `http://127.0.0.1:${port}/health/ready`);
    await worker.start();
    const run = await eventually(
      async () => (await api.get(`/job-postings/${posting.id}/sourcing-runs/${runId}`, admin.token).expect(200)).body,
      (r) => r.status !== 'running',
      20_000,
      'the run to leave running',
    );
    expect(run).toMatchObject({ status: 'failed' });
    const reason = await platform.db.query('SELECT failure_reason FROM sourcing_runs WHERE id = $1', [runId]);
    expect(reason.rows[0].failure_reason).toMatch(/connection to Postgres lost mid-pass/);
  });
});
