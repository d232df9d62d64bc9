import type { PoolClient } from 'pg';
import { ApiClient, type SignedIn } from './support/factories';
import { candidateWithProfile, applyTo } from './support/candidates';
import { eventually } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

/**
 * Interleavings made deterministic: a test connection holds row locks so that
 * requests stop exactly where a race would bite, and the test waits (polling
 * pg_stat_activity) until they are blocked before it lets go.
 */
describe('Per-posting serialization and retried transactions', () => {
  const platform = new Platform();
  let api: ApiClient;
  let admin: SignedIn;

  const cobol = { skills: [{ anyOf: ['cobol'], minLevel: 3, importance: 'must' }], languages: [], minYearsExperience: 0 };

  /** Sessions of the API on this database waiting for a lock, other than `own`. */
  const lockWaiters = async (own: PoolClient): Promise<number> => {
    const { rows } = await own.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
    );
    return rows[0].n;
  };
  const untilWaiting = (own: PoolClient, n: number, what: string) => eventually(() => lockWaiters(own), (w) => w >= n, 30000, what);
  /** Starts a request now (supertest only sends on then()). */
  const send = <T extends PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>>(r: T) =>
    Promise.resolve(r).then((res) => ({ status: res.status, body: res.body as Record<string, unknown>, headers: res.headers }));

  async function postingWithApplications(n: number): Promise<Posting> {
    const posting = await createPublished(api, admin.token);
    for (let i = 0; i < n; i++) await applyTo(api, await candidateWithProfile(api), posting.id);
    return posting;
  }

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
  });
  afterAll(() => platform.stop());

  it('race 1: a rescore never sends rows back to the requirements version a PATCH just replaced', async () => {
    const posting = await postingWithApplications(3);
    const hold = await platform.db.connect();
    try {
      await hold.query('BEGIN');
      await hold.query('SELECT id FROM applications WHERE job_posting_id = $1 FOR SHARE', [posting.id]);
      // The PATCH bumps the version and then waits for the application rows.
      const patch = send(api.patch(`/job-postings/${posting.id}`, { requirements: cobol }, admin.token));
      await untilWaiting(hold, 1, 'the PATCH waiting for the application rows');
      // The rescore starts while the new version is not committed yet.
      const rescore = send(api.post(`/job-postings/${posting.id}/rescore`, undefined, admin.token));
      await untilWaiting(hold, 2, 'the rescore waiting too');
      await hold.query('COMMIT');
      const [patched, rescored] = await Promise.all([patch, rescore]);
      expect(patched.status).toBe(200);
      expect(rescored.status).toBe(202);
      expect(patched.body.requirementsVersion).toBe(2);
      const { rows } = await platform.db.query('SELECT match_requirements_version AS v FROM applications WHERE job_posting_id = $1', [posting.id]);
      expect(rows.map((r) => r.v)).toEqual([2, 2, 2]);
    } finally {
      hold.release();
    }
  });

  it('race 5: a hiring manager demoted while being assigned is refused, not assigned', async () => {
    const posting = await createPublished(api, admin.token);
    const manager = await api.addMember(admin, 'hiring_manager');
    const hold = await platform.db.connect();
    try {
      await hold.query('BEGIN');
      await hold.query(`UPDATE users SET role = 'recruiter' WHERE id = $1`, [manager.user.id]);
      const patch = send(api.patch(`/job-postings/${posting.id}`, { hiringManagerIds: [manager.user.id] }, admin.token));
      // Checked under a lock, the PATCH waits for the demotion; checked before, it has already answered.
      await eventually(
        async () => (await lockWaiters(hold)) > 0 || (await Promise.race([patch.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))])),
        Boolean,
        30000,
        'the PATCH blocked or answered',
      );
      await hold.query('COMMIT');
      const res = await patch;
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'hiringManagerIds' })]);
      const { rows } = await platform.db.query('SELECT hiring_manager_ids FROM job_postings WHERE id = $1', [posting.id]);
      expect(rows[0].hiring_manager_ids).toEqual([]);
    } finally {
      hold.release();
    }
  });

  /**
   * A real deadlock: the rescore holds the posting and waits for the
   * application rows the test holds; the test then asks for the posting. The
   * test's session has a long deadlock_timeout, so the API's side is the one
   * Postgres aborts (40P01) every time.
   */
  async function deadlockRescore(posting: Posting, hold: PoolClient, times: number) {
    await hold.query(`SET deadlock_timeout = '60s'`);
    await hold.query('BEGIN');
    await hold.query('SELECT id FROM applications WHERE job_posting_id = $1 FOR UPDATE', [posting.id]);
    const rescore = send(api.post(`/job-postings/${posting.id}/rescore`, undefined, admin.token));
    for (let i = 1; i <= times; i++) {
      await untilWaiting(hold, 1, `rescore attempt ${i} holding the posting and waiting for the applications`);
      await hold.query('SAVEPOINT posting');
      await hold.query('SELECT id FROM job_postings WHERE id = $1 FOR UPDATE', [posting.id]);
      // Gives the posting back (the application rows stay held) for the next attempt.
      await hold.query('ROLLBACK TO SAVEPOINT posting');
    }
    // Wrapped: an async function returning the promise itself would wait for the response.
    return { rescore };
  }

  it('a deadlocked request is run again and succeeds', async () => {
    const posting = await postingWithApplications(1);
    const hold = await platform.db.connect();
    try {
      const { rescore } = await deadlockRescore(posting, hold, 1);
      // The retry now waits for the application rows; once they are free it goes through.
      await untilWaiting(hold, 1, 'the retry waiting for the applications');
      await hold.query('COMMIT');
      expect((await rescore).status).toBe(202);
    } finally {
      await hold.query('RESET deadlock_timeout');
      hold.release();
    }
  });

  it('a request deadlocked on every attempt answers 503 problem+json with Retry-After, never 500', async () => {
    const posting = await postingWithApplications(1);
    const hold = await platform.db.connect();
    try {
      // runInTransaction's default: five attempts in all.
      const { rescore } = await deadlockRescore(posting, hold, 5);
      const res = await rescore;
      await hold.query('ROLLBACK');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.body).toMatchObject({ status: 503 });
    } finally {
      await hold.query('RESET deadlock_timeout');
      hold.release();
    }
  });
});
