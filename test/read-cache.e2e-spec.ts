import type { Schema } from '@embauche/api-client';
import type { Pool } from 'pg';
import { ApiClient, type SignedIn } from './support/factories';
import { applyTo } from './support/candidates';
import { candidateWith, eventually, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

/**
 * The API's read cache (apps/api/src/read-cache): ranked pages, actors and
 * posting access are served from memory, yet every read reflects every write
 * committed before it — by the API, the worker or any other connection.
 *
 * Writes made with triggers disabled (session_replication_role = replica) do
 * not notify: they show what is served from memory, and prove the cache is
 * really in use. Every other write here goes through the triggers, as every
 * write of the platform does.
 */

type Match = Schema<'MatchResponse'>;

describe('Read cache: served from memory, never stale', () => {
  const platform = new Platform({ worker: true });
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let posting: Posting;
  const candidates: SignedIn[] = [];

  const matches = (token = manager.token, query = '?limit=100') => api.get(`/job-postings/${posting.id}/matches${query}`, token);
  const scoreOf = async (candidateId: string, token = manager.token): Promise<number | undefined> =>
    ((await matches(token).expect(200)).body.items as Match[]).find((m) => m.candidateId === candidateId)?.score;

  /** A write Postgres does not announce: what the cache then serves is what it remembered. */
  const silently = (sql: string, params: unknown[]) => silentWrite(platform.db, sql, params);
  const setScore = (candidateId: string, score: number) =>
    platform.db.query('UPDATE applications SET match_score = $1 WHERE job_posting_id = $2 AND candidate_id = $3', [score, posting.id, candidateId]);
  const setScoreSilently = (candidateId: string, score: number) =>
    silently('UPDATE applications SET match_score = $1 WHERE job_posting_id = $2 AND candidate_id = $3', [score, posting.id, candidateId]);

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
    recruiter = await api.addMember(admin, 'recruiter');
    manager = await api.addMember(admin, 'hiring_manager');
    posting = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    for (let i = 0; i < 4; i++) {
      const candidate = await candidateWith(api, strongProfile(), `Cached ${i}`);
      candidates.push(candidate);
      await applyTo(api, candidate, posting.id);
    }
    await eventually(() => api.get(`/job-postings/${posting.id}/matching-status`, manager.token).then((r) => r.body), (s) => s.scored === 4, 30000, 'every application scored');
  });
  afterAll(() => platform.stop());

  it('says in /health/ready that it is in use', async () => {
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body.info.readCache).toEqual({ status: 'up', enabled: true, live: true });
  });

  it('serves a repeated read from memory, and drops it at the first announced write', async () => {
    const target = candidates[0].user.id;
    await setScore(target, 61.25);
    expect(await scoreOf(target)).toBe(61.25);
    await setScoreSilently(target, 12.5);
    expect(await scoreOf(target)).toBe(61.25); // from memory: the silent write was not announced
    expect(await scoreOf(target, recruiter.token)).toBe(61.25); // pages are shared by everyone who may see them
    await platform.db.query('UPDATE applications SET updated_at = now() WHERE job_posting_id = $1 AND candidate_id = $2', [posting.id, candidates[1].user.id]);
    expect(await scoreOf(target)).toBe(12.5); // any write to the posting's applications drops its pages
  });

  it('shows a write committed by another connection on the very next read, every time', async () => {
    const target = candidates[1].user.id;
    for (let i = 0; i < 25; i++) {
      const score = 30 + i;
      await setScore(target, score);
      expect(await scoreOf(target)).toBe(score);
    }
  });

  it('applies erasures, role changes and unassignments on the next request', async () => {
    await matches().expect(200);
    // Unassigned through the API: 404 at once, though the page and the posting's access were cached.
    await api.patch(`/job-postings/${posting.id}`, { hiringManagerIds: [] }, recruiter.token).expect(200);
    await matches().expect(404);
    await api.patch(`/job-postings/${posting.id}`, { hiringManagerIds: [manager.user.id] }, recruiter.token).expect(200);
    await matches().expect(200);

    // Changed behind the API's back (another process, an operator): the cached actor goes too.
    await platform.db.query(`UPDATE users SET role = 'candidate' WHERE id = $1`, [manager.user.id]);
    await matches().expect(403);
    await platform.db.query(`UPDATE users SET role = 'hiring_manager' WHERE id = $1`, [manager.user.id]);
    await matches().expect(200);
    await platform.db.query('UPDATE users SET erased_at = now() WHERE id = $1', [manager.user.id]);
    await matches().expect(401);
    await platform.db.query('UPDATE users SET erased_at = NULL WHERE id = $1', [manager.user.id]);
    await matches().expect(200);
  });

  it('hides identities at once when the organization turns blind review on', async () => {
    const names = async () => ((await matches().expect(200)).body.items as Match[]).map((m) => m.candidate.name).sort();
    const visible = ['Cached 0', 'Cached 1', 'Cached 2', 'Cached 3'];
    expect(await names()).toEqual(visible);
    await api.patch('/organization', { blindReview: true }, admin.token).expect(200);
    expect(await names()).toEqual([null, null, null, null]);
    await api.patch('/organization', { blindReview: false }, admin.token).expect(200);
    expect(await names()).toEqual(visible);
  });

  it('sends gzip to clients that accept it, with an ETag that answers 304 until the page changes', async () => {
    const plain = await matches(manager.token).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    const etag = plain.headers.etag;
    expect(etag).toMatch(/^W\/".+"$/);

    const zipped = await matches(manager.token).set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(JSON.stringify(plain.body).length / 4);
    expect(zipped.body).toEqual(plain.body); // supertest inflates it
    expect(zipped.headers.etag).toBe(etag);

    expect(plain.headers['cache-control']).toBe('private, no-cache');
    const notModified = await matches(manager.token).set('If-None-Match', etag).expect(304);
    expect(notModified.text ?? '').toBe('');
    expect(notModified.headers['content-length']).not.toBe('0'); // none, or the 200's: never a false 0
    expect(notModified.headers.etag).toBe(etag);
    await matches(manager.token).set('If-None-Match', 'W/"something-else"').expect(200);

    await setScore(candidates[2].user.id, 77.75);
    const changed = await matches(manager.token).set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((changed.body.items as Match[]).find((m) => m.candidateId === candidates[2].user.id)?.score).toBe(77.75);
  });

  it('reads Postgres while its LISTEN connection is down, and caches again once it is back', async () => {
    const target = candidates[3].user.id;
    await setScore(target, 50);
    expect(await scoreOf(target)).toBe(50);
    const { rows } = await platform.db.query(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = 'embauche-change-feed' AND datname = current_database()`,
    );
    expect(rows).toEqual([{ killed: true }]);
    // Whatever happened while nobody listened must show: the cache was dropped and stays off until LISTEN is back.
    await setScoreSilently(target, 51);
    expect(await scoreOf(target)).toBe(51);

    // Back: a silent write is again hidden by the (new) cached page.
    await eventually(
      async () => {
        const before = await scoreOf(target);
        await setScoreSilently(target, (before ?? 0) + 1);
        return { before, after: await scoreOf(target) };
      },
      ({ before, after }) => after === before,
      15000,
      'the read cache back in use',
    );
    expect(platform.api.logs()).toMatch(/LISTEN connection was lost/);
    await setScore(target, 42);
    expect(await scoreOf(target)).toBe(42);
  });
});

/** A write Postgres does not announce (triggers off for one transaction). */
async function silentWrite(db: Pool, sql: string, params: unknown[]): Promise<void> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(sql, params);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

describe('Read cache turned off (READ_CACHE_MB=0)', () => {
  const platform = new Platform({ env: { READ_CACHE_MB: '0' } });

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  it('reads Postgres on every request: nothing listens, silent writes show at once', async () => {
    const api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization();
    const { rows } = await platform.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'embauche-change-feed' AND datname = current_database()`);
    expect(rows[0].n).toBe(0);
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body.info.readCache).toEqual({ status: 'up', enabled: false, live: false });
    await api.get('/auth/me', admin.token).expect(200);
    await silentWrite(platform.db, 'UPDATE users SET erased_at = now() WHERE id = $1', [admin.user.id]);
    await api.get('/auth/me', admin.token).expect(401);
  });
});
