import type { Response } from 'supertest';
import { candidateWithProfile, type Application } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { eventually } from './support/matching';
import { Platform } from './support/platform';
import { PostgresServer } from './support/postgres-server';
import { createPublished, type Posting } from './support/postings';

/**
 * Postgres restarted (`pg_ctl restart -m fast`) and stopped under the running
 * API and worker, on a private cluster: requests during the outage get 503
 * problem+json with Retry-After and never another 5xx, both apps come back by
 * themselves, nothing a 201 accepted is lost, and /health/ready says what is
 * down. Fails (does not skip) when the PostgreSQL server binaries are missing.
 */
jest.setTimeout(180_000);

describe('Postgres outages under a running platform', () => {
  let pg: PostgresServer;
  let platform: Platform;
  let api: ApiClient;
  let recruiter: SignedIn;
  let posting: Posting;
  const unexpected: string[] = [];
  let unavailable = 0;

  /** Every answer must be a success, a 4xx the request earned, or a proper 503. */
  const judge = (what: string, res: Response): Response => {
    if (res.status === 503) {
      unavailable += 1;
      if (!/^application\/problem\+json/.test(String(res.headers['content-type'])) || !Number(res.headers['retry-after'])) unexpected.push(`${what}: 503 without problem+json and Retry-After`);
    } else if (res.status >= 500) unexpected.push(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };

  beforeAll(async () => {
    pg = await PostgresServer.start();
    platform = new Platform({ worker: true, databaseUrl: await pg.createMigratedDatabase(), env: { RECONCILE_INTERVAL_MS: '1000', RECONCILE_AFTER_MS: '2000' } });
    await platform.start();
    platform.db.on('error', () => undefined); // the test's own idle connections are cut by the restart too
    api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization('Outage SA');
    recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
    posting = await createPublished(api, recruiter.token);
  }, 120_000);

  afterAll(async () => {
    await platform?.stop().catch(() => undefined);
    await pg?.destroy();
  }, 60_000);

  /** Applies until accepted: a 503 may or may not have committed, so a retry may learn it did (409). */
  async function applyUntilAccepted(candidate: SignedIn, accepted: Map<string, string>): Promise<void> {
    for (;;) {
      const res = judge('apply', await api.post(`/jobs/${posting.id}/applications`, {}, candidate.token));
      if (res.status === 201) return void accepted.set(candidate.user.id, (res.body as Application).id);
      if (res.status === 409) return void accepted.set(candidate.user.id, 'committed before its 503');
      if (res.status !== 503) throw new Error(`apply answered ${res.status}: ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('restart -m fast while candidates apply and people read: only 503s with Retry-After, then everything scored', async () => {
    const candidates: SignedIn[] = [];
    for (let i = 0; i < 12; i++) candidates.push(await candidateWithProfile(api, `Olga Outage ${i}`));
    const apiPid = platform.api.pid;
    const workerPid = platform.worker!.pid;
    const accepted = new Map<string, string>();
    let reading = true;
    const readers = (async () => {
      while (reading) {
        judge('read posting', await api.get(`/jobs/${posting.id}`));
        judge('read matches', await api.get(`/job-postings/${posting.id}/matches`, recruiter.token));
      }
    })();
    const writers = (async () => {
      for (const c of candidates) {
        await applyUntilAccepted(c, accepted);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    await pg.restart();
    await writers;
    reading = false;
    await readers;

    expect(unexpected).toEqual([]);
    expect(unavailable).toBeGreaterThan(0); // or the restart fell between two requests and proved nothing
    expect(accepted.size).toBe(candidates.length);
    expect({ api: platform.api.pid, worker: platform.worker!.pid, running: platform.api.running && platform.worker!.running }).toEqual({ api: apiPid, worker: workerPid, running: true });
    const rows = await eventually(
      async () => (await platform.db.query<{ candidate_id: string; match_status: string }>('SELECT candidate_id, match_status FROM applications WHERE job_posting_id = $1', [posting.id])).rows,
      (r) => r.length === candidates.length && r.every((a) => a.match_status === 'scored'),
      60_000,
      'every accepted application scored',
    );
    expect(new Set(rows.map((r) => r.candidate_id))).toEqual(new Set(candidates.map((c) => c.user.id)));
  });

  it('stopped: both /health/ready say Postgres is down, requests get 503; started again: both recover without a restart', async () => {
    const late = await candidateWithProfile(api, 'Lena Late');
    await pg.stop();
    try {
      const ready = await api.http().get('/health/ready');
      expect({ status: ready.status, type: ready.headers['content-type'], retryAfter: !!ready.headers['retry-after'] }).toEqual({
        status: 503,
        type: expect.stringMatching(/^application\/problem\+json/),
        retryAfter: true,
      });
      expect(ready.body.detail).toMatch(/postgres/);
      const worker = await fetch(platform.worker!.healthUrl);
      expect({ status: worker.status, body: await worker.json() }).toMatchObject({ status: 503, body: { status: 'error', checks: { postgres: 'down', redis: 'up' } } });
      for (const res of [await api.post(`/jobs/${posting.id}/applications`, {}, late.token), await api.get(`/jobs/${posting.id}`), await api.get(`/job-postings/${posting.id}/matches`, recruiter.token)]) {
        expect({ status: res.status, retryAfter: Number(res.headers['retry-after']) > 0, type: res.headers['content-type'] }).toEqual({
          status: 503,
          retryAfter: true,
          type: expect.stringMatching(/^application\/problem\+json/),
        });
      }
    } finally {
      await pg.resume();
    }
    await eventually(() => api.http().get('/health/ready').then((r) => r.status), (s) => s === 200, 30_000, 'the API ready again');
    await eventually(() => fetch(platform.worker!.healthUrl).then((r) => r.status), (s) => s === 200, 30_000, 'the worker ready again');
    const accepted = new Map<string, string>();
    await applyUntilAccepted(late, accepted);
    expect(unexpected).toEqual([]);
    const id = accepted.get(late.user.id)!;
    await eventually(async () => (await api.get(`/applications/${id}`, late.token).expect(200)).body.match.status, (s) => s === 'scored', 30_000, 'the new application scored');
  });
});
