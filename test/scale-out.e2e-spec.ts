import type { Pool } from 'pg';
import { applyTo, putProfile, profileBody } from './support/candidates';
import { ApiClient, PASSWORD, type SignedIn } from './support/factories';
import { candidateWith, eventually, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, problemFields } from './support/postings';
import { RedisServer } from './support/redis-server';

/**
 * Scale-out: several API processes and workers on one Postgres and one Redis
 * behave as one. Every process here is a real, built app.
 */
jest.setTimeout(180_000);

const MOVES = ['screening', 'interview', 'offer', 'hired'];

/** Counts every scoring write (match_scored_at set) per application, from inside Postgres. */
async function countScoringWrites(db: Pool): Promise<void> {
  await db.query(`CREATE TABLE scoring_writes (application_id uuid NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  await db.query(`CREATE FUNCTION record_scoring_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO scoring_writes (application_id) VALUES (NEW.id); RETURN NEW; END $$`);
  await db.query(`CREATE TRIGGER record_scoring_write AFTER UPDATE OF match_scored_at ON applications FOR EACH ROW
    WHEN (NEW.match_scored_at IS DISTINCT FROM OLD.match_scored_at) EXECUTE FUNCTION record_scoring_write()`);
}

describe('Scale-out: one rate-limit budget across API processes', () => {
  const platform = new Platform({ apis: 2, env: { AUTH_RATE_LIMIT_PER_MINUTE: '10' } });
  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  it('lets exactly 10 of 12 logins spread over two APIs through, and refuses 2 with Retry-After (problem+json)', async () => {
    const [a, b] = platform.baseUrls.map((url) => new ApiClient(url));
    const candidate = await a.signupCandidate();
    const responses = [];
    for (let i = 0; i < 12; i++) responses.push(await (i % 2 ? b : a).post('/auth/login', { email: candidate.user.email, password: PASSWORD }));
    const refused = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(10);
    expect(refused).toHaveLength(2);
    for (const r of refused) {
      problemFields(r, 429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
    // Both APIs refused: the budget is shared, not counted twice.
    expect(new Set(responses.slice(10).map((r) => r.status))).toEqual(new Set([429]));
  });
});

describe('Scale-out: Redis unreachable', () => {
  let redis: RedisServer;
  let platform: Platform;
  beforeAll(async () => {
    redis = await RedisServer.start();
    platform = new Platform({ env: { REDIS_URL: redis.url, AUTH_RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_PER_MINUTE: '3' } });
    await platform.start();
  });
  afterAll(async () => {
    await platform?.stop();
    await redis?.stop('SIGKILL');
  });

  it('still answers general routes, and still limits /auth/* from the process memory', async () => {
    const api = new ApiClient(platform.baseUrl);
    const candidate = await api.signupCandidate();
    await redis.stop('SIGKILL');
    // General routes fail open: more requests than RATE_LIMIT_PER_MINUTE, all answered.
    for (let i = 0; i < 6; i++) await api.get('/skills?q=java').expect(200);
    const logins = [];
    for (let i = 0; i < 7; i++) logins.push(await api.post('/auth/login', { email: candidate.user.email, password: PASSWORD }));
    expect(logins.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    problemFields(logins[5], 429);
    expect(Number(logins[5].headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(platform.api.logs()).toMatch(/Redis unreachable for rate limits/);
  });
});

describe('Scale-out: two APIs and two workers on one database', () => {
  const platform = new Platform({ worker: true, apis: 2, workers: 2 });
  let a: ApiClient;
  let b: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;

  beforeAll(async () => {
    await platform.start();
    await countScoringWrites(platform.db);
    [a, b] = platform.baseUrls.map((url) => new ApiClient(url));
    admin = await a.signupOrganization('Scale-out SA');
    recruiter = await a.addMember(admin, 'recruiter');
  });
  afterAll(() => platform.stop());

  it('reads on API B, at once, what API A just wrote (25 times in a row for each kind of write)', async () => {
    const manager = await a.addMember(admin, 'hiring_manager');
    const promoted = await a.addMember(admin, 'hiring_manager', 'Promoted Later');
    const posting = await createPublished(a, recruiter.token);
    const candidate = await candidateWith(a, strongProfile(), 'Read After Write');
    for (let i = 0; i < 25; i++) {
      const headline = `Headline ${i}`;
      await putProfile(a, candidate, profileBody({ headline }));
      expect((await b.get('/candidates/me/profile', candidate.token).expect(200)).body.headline).toBe(headline);

      const title = `Back-end developer ${i}`;
      await a.patch(`/job-postings/${posting.id}`, { title }, recruiter.token).expect(200);
      expect((await b.get(`/job-postings/${posting.id}`, recruiter.token).expect(200)).body.title).toBe(title);

      // Access follows the posting's hiring managers: granted on A, seen on B; then taken back.
      const hiringManagerIds = i % 2 === 0 ? [manager.user.id] : [];
      await a.patch(`/job-postings/${posting.id}`, { hiringManagerIds }, recruiter.token).expect(200);
      await b.get(`/job-postings/${posting.id}/matches`, manager.token).expect(i % 2 === 0 ? 200 : 404);

      // A role change (no endpoint changes roles: an operator's UPDATE) is enforced on B at once.
      const role = i % 2 === 0 ? 'recruiter' : 'hiring_manager';
      await platform.db.query('UPDATE users SET role = $1 WHERE id = $2', [role, promoted.user.id]);
      await b.get('/organization/members', promoted.token).expect(role === 'recruiter' ? 200 : 403);
    }
  });

  it('shows on API B each status move made on API A, 25 moves in a row', async () => {
    const posting = await createPublished(a, recruiter.token);
    const applications: string[] = [];
    for (let i = 0; i < 7; i++) applications.push((await applyTo(a, await candidateWith(b, strongProfile(), `Mover ${i}`), posting.id)).id);
    for (let move = 0; move < 25; move++) {
      const id = applications[Math.floor(move / MOVES.length)];
      const to = MOVES[move % MOVES.length];
      await a.post(`/applications/${id}/transitions`, { to }, recruiter.token).expect(200);
      expect((await b.get(`/applications/${id}`, recruiter.token).expect(200)).body.status).toBe(to);
    }
  });

  it('scores each of N applications, made through both APIs, exactly once across two workers, leaving nothing pending', async () => {
    const N = 40;
    const posting = await createPublished(b, recruiter.token);
    const ids: string[] = [];
    for (let i = 0; i < N; i++) {
      const api = i % 2 ? a : b;
      ids.push((await applyTo(api, await candidateWith(api, strongProfile({ yearsExperience: i % 10 }), `Scored ${i}`), posting.id)).id);
    }
    await eventually(() => a.get(`/job-postings/${posting.id}/matching-status`, recruiter.token).then((r) => r.body), (s) => s.scored === N, 90_000, `${N} applications scored`);
    const { rows } = await platform.db.query<{ writes: number; n: number }>(
      `SELECT coalesce(w.writes, 0)::int AS writes, count(*)::int AS n
         FROM applications a LEFT JOIN (SELECT application_id, count(*) AS writes FROM scoring_writes GROUP BY 1) w ON w.application_id = a.id
        WHERE a.job_posting_id = $1 GROUP BY 1`,
      [posting.id],
    );
    expect(rows).toEqual([{ writes: 1, n: N }]);
    const status = (await b.get(`/job-postings/${posting.id}/matching-status`, recruiter.token).expect(200)).body;
    expect(status).toEqual({ total: N, scored: N, pending: 0, failed: 0 });
    expect(platform.workers.every((w) => w.running)).toBe(true);
  });
});
