import { ApiClient, type SignedIn } from './support/factories';
import { applyTo, type Application } from './support/candidates';
import { candidateWith, eventually, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

/**
 * Production shape (two API processes, two workers, one Postgres and one
 * Redis) under storms of writes on one posting: nobody is told 5xx, and the
 * work settles on the latest versions.
 */
describe('Contention on one posting', () => {
  const platform = new Platform({ worker: true, apis: 2, workers: 2 });
  let apis: ApiClient[];
  let admin: SignedIn;
  let posting: Posting;
  let candidates: Array<SignedIn & { revision: number }>;
  let applications: Application[];

  const on = (i: number) => apis[i % apis.length];
  const requirements = (years: number) => ({
    skills: [{ anyOf: ['java'], minLevel: 3, importance: 'must' }, { anyOf: ['postgresql'], minLevel: 2, importance: 'nice' }],
    languages: [],
    minYearsExperience: years,
  });
  const serverErrors = (responses: Array<{ status: number; body: unknown }>) => responses.filter((r) => r.status >= 500).map((r) => [r.status, r.body]);

  /** Waits until nothing is pending, then checks every score was computed from the latest profile and requirements. */
  async function expectSettledOnLatest(): Promise<void> {
    await eventually(
      async () => (await platform.db.query(`SELECT count(*)::int AS n FROM applications WHERE job_posting_id = $1 AND match_status = 'pending'`, [posting.id])).rows[0].n,
      (n) => n === 0,
      120000,
      'no pending application',
    );
    const { rows } = await platform.db.query(
      `SELECT a.id, a.match_status, a.match_profile_revision, p.revision AS profile_revision, a.match_requirements_version, jp.requirements_version
         FROM applications a JOIN candidate_profiles p ON p.candidate_id = a.candidate_id JOIN job_postings jp ON jp.id = a.job_posting_id
        WHERE a.job_posting_id = $1`,
      [posting.id],
    );
    expect(rows).toHaveLength(applications.length);
    for (const row of rows) {
      expect(row).toMatchObject({ match_status: 'scored', match_profile_revision: row.profile_revision, match_requirements_version: row.requirements_version });
    }
  }

  beforeAll(async () => {
    await platform.start();
    apis = platform.baseUrls.map((url) => new ApiClient(url));
    admin = await apis[0].signupOrganization();
    posting = await createPublished(apis[0], admin.token);
    candidates = [];
    for (let i = 0; i < 8; i++) candidates.push(await candidateWith(on(i), strongProfile({ yearsExperience: 2 + i })));
    applications = [];
    for (const [i, c] of candidates.entries()) applications.push(await applyTo(on(i), c, posting.id));
  });
  afterAll(() => platform.stop());

  it('30 concurrent rescores over two API processes: all accepted, none 5xx', async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => on(i).post(`/job-postings/${posting.id}/rescore`, undefined, admin.token)));
    expect(serverErrors(responses)).toEqual([]);
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(202));
    await expectSettledOnLatest();
  });

  it('a mixed storm of profile PUTs, requirement PATCHes, rescores, ranked reads and status moves: none 5xx, scores end on the latest versions', async () => {
    const moves = ['screening', 'interview'];
    const request = (i: number) => {
      const api = on(i);
      const c = i % candidates.length;
      switch (i % 5) {
        case 0:
          return api.put('/candidates/me/profile', strongProfile({ yearsExperience: 2 + c, headline: `Developer ${i}` }), candidates[c].token);
        case 1:
          return api.patch(`/job-postings/${posting.id}`, { requirements: requirements(i % 7) }, admin.token);
        case 2:
          return api.post(`/job-postings/${posting.id}/rescore`, undefined, admin.token);
        case 3:
          return api.get(`/job-postings/${posting.id}/matches?limit=20`, admin.token);
        default:
          // Status moves race each other: 409 is a fair answer, 5xx never.
          return api.post(`/applications/${applications[c].id}/transitions`, { to: moves[Math.floor(i / 5) % 2] }, admin.token);
      }
    };
    // Four waves of 50 at once: a burst this size per posting stays within the
    // API's pool (20 connections, 5 s to get one) on a loaded two-core machine.
    const responses = [];
    for (let wave = 0; wave < 4; wave++) responses.push(...(await Promise.all(Array.from({ length: 50 }, (_, j) => request(wave * 50 + j)))));
    expect(serverErrors(responses)).toEqual([]);
    expect(responses.filter((r) => r.status >= 400 && r.status !== 409).map((r) => [r.status, r.body])).toEqual([]);
    await expectSettledOnLatest();
  });
});
