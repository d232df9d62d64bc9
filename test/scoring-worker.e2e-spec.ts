import { ApiClient, type SignedIn } from './support/factories';
import { applyTo } from './support/candidates';
import { candidateWith, eventually, pointsOf, scoringQueue, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

describe('Scoring worker', () => {
  const platform = new Platform({ worker: true, env: { SCORING_ATTEMPTS: '2', SCORING_BACKOFF_MS: '50' } });
  let api: ApiClient;
  let admin: SignedIn;
  let posting: Posting;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type AnyApplication = { match: any };
  const application = (candidate: SignedIn, id: string): Promise<AnyApplication> => api.get(`/applications/${id}`, candidate.token).then((r) => r.body);
  const scoredApplication = (candidate: SignedIn, id: string, done: (a: AnyApplication) => boolean = (a) => a.match.status === 'scored') =>
    eventually(() => application(candidate, id), done, 20000, `application ${id} scored`);

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
    posting = await createPublished(api, admin.token);
  });
  afterAll(() => platform.stop());

  it('scores an application within seconds, with a breakdown whose points add up and the versions it used', async () => {
    const candidate = await candidateWith(api, strongProfile());
    const created = await applyTo(api, candidate, posting.id);
    expect(created.match.status).toBe('pending');
    const scored = await scoredApplication(candidate, created.id);
    expect(scored.match.score).toBeGreaterThan(50);
    expect(scored.match.mustHavesMet).toBe(true);
    expect(pointsOf(scored.match.breakdown)).toBeCloseTo(scored.match.score, 2);
    expect(scored.match).toMatchObject({ profileRevision: candidate.revision, requirementsVersion: 1 });
    const { rows } = await platform.db.query('SELECT match_scorer_version FROM applications WHERE id = $1', [created.id]);
    expect(rows[0].match_scorer_version).toBeGreaterThanOrEqual(1);
    // Every requirement item is explained: the skill that satisfied it (or none), how, the level and the credit.
    const javaItem = scored.match.breakdown.items.find((i: { anyOf?: string[] }) => i.anyOf?.includes('java'));
    expect(javaItem).toMatchObject({ how: 'exact', candidateLevel: 5, credit: 1, met: true, matchedSkill: { name: 'Java', skillId: 'java' } });
  });

  it('re-scores open applications when the profile changes', async () => {
    const candidate = await candidateWith(api, strongProfile({ skills: [{ name: 'Java', level: 2 }] }));
    const { id } = await applyTo(api, candidate, posting.id);
    const before = await scoredApplication(candidate, id);
    const put = await api.put('/candidates/me/profile', strongProfile(), candidate.token).expect(200);
    expect(put.body.revision).toBe(candidate.revision + 1);
    const after = await scoredApplication(candidate, id, (a) => a.match.status === 'scored' && a.match.profileRevision === put.body.revision);
    expect(after.match.score).toBeGreaterThan(before.match.score);
  });

  it('re-scores every application of a posting when its requirements change', async () => {
    const own = await createPublished(api, admin.token);
    const candidate = await candidateWith(api, strongProfile());
    const { id } = await applyTo(api, candidate, own.id);
    await scoredApplication(candidate, id);
    const requirements = { skills: [{ anyOf: ['cobol'], minLevel: 3, importance: 'must' }], languages: [], minYearsExperience: 0 };
    const patched = await api.patch(`/job-postings/${own.id}`, { requirements }, admin.token).expect(200);
    expect(patched.body.requirementsVersion).toBe(2);
    const after = await scoredApplication(candidate, id, (a) => a.match.status === 'scored' && a.match.requirementsVersion === 2);
    expect(after.match.mustHavesMet).toBe(false);
  });

  it('never lets a job for an older version overwrite a newer result, in whichever order they run', async () => {
    const candidate = await candidateWith(api, strongProfile({ skills: [{ name: 'Java', level: 1 }] }));
    const { id } = await applyTo(api, candidate, posting.id);
    await scoredApplication(candidate, id);
    await api.put('/candidates/me/profile', strongProfile(), candidate.token).expect(200);
    const newest = await scoredApplication(candidate, id, (a) => a.match.status === 'scored' && a.match.profileRevision === candidate.revision + 1);
    const { rows: [before] } = await platform.db.query('SELECT match_score, match_scored_at, match_generation FROM applications WHERE id = $1', [id]);
    // Replay the old revision's job, late, as Redis might deliver it.
    const queue = scoringQueue(platform.queuePrefix);
    try {
      const stale = await queue.add('score-application', { applicationId: id, profileRevision: candidate.revision, requirementsVersion: 1, generation: 1 }, { jobId: `replay-${id}` });
      await eventually(() => stale.getState(), (s) => s === 'completed', 10000, 'the stale job to run');
      expect(await queue.getJob(stale.id!).then((j) => j?.returnvalue)).toBe('stale');
    } finally {
      await queue.close();
    }
    const { rows: [after] } = await platform.db.query('SELECT match_score, match_scored_at, match_generation FROM applications WHERE id = $1', [id]);
    expect(after).toEqual(before);
    expect((await application(candidate, id)).match.score).toBe(newest.match.score);
  });

  it('treats a duplicate enqueue as a no-op (deterministic job ids)', async () => {
    const queue = scoringQueue(platform.queuePrefix);
    try {
      const payload = { applicationId: '00000000-0000-4000-8000-000000000001', profileRevision: 1, requirementsVersion: 1, generation: 1 };
      const jobId = `score.${payload.applicationId}.r1.v1.g1`;
      const first = await queue.add('score-application', payload, { jobId });
      const second = await queue.add('score-application', payload, { jobId });
      expect(second.id).toBe(first.id);
      const stored = await queue.getJob(jobId);
      expect(stored?.timestamp).toBe(first.timestamp); // Redis kept the first job; the second add created nothing
    } finally {
      await queue.close();
    }
  });

  it('records a final failure with its reason, shows it in matching-status, and retries it on rescore', async () => {
    const own = await createPublished(api, admin.token);
    const candidate = await candidateWith(api, strongProfile());
    // Corrupt the stored profile so the scorer throws on every attempt.
    await platform.db.query(`UPDATE candidate_profiles SET skills = '[null]'::jsonb WHERE candidate_id = $1`, [candidate.user.id]);
    const { id } = await applyTo(api, candidate, own.id);
    const failed = await eventually(() => application(candidate, id), (a) => a.match.status === 'failed', 20000, 'the match to fail');
    expect(failed.match.failureReason).toEqual(expect.any(String));
    const status = await api.get(`/job-postings/${own.id}/matching-status`, admin.token).expect(200);
    expect(status.body).toEqual({ total: 1, scored: 0, pending: 0, failed: 1 });
    const matches = await api.get(`/job-postings/${own.id}/matches`, admin.token).expect(200);
    expect(matches.body).toMatchObject({ items: [], pending: 0, failed: 1 });
    // Repair the data, then ask for a rescore: the failed match is tried again.
    await platform.db.query(`UPDATE candidate_profiles SET skills = '[{"name":"Java","skillId":"java","level":4}]'::jsonb WHERE candidate_id = $1`, [candidate.user.id]);
    await api.post(`/job-postings/${own.id}/rescore`, undefined, admin.token).expect(202);
    await eventually(() => application(candidate, id), (a) => a.match.status === 'scored', 20000, 'the rescored match');
    expect((await api.get(`/job-postings/${own.id}/matching-status`, admin.token)).body).toEqual({ total: 1, scored: 1, pending: 0, failed: 0 });
  });

  it('sources discoverable candidates who have not applied, and drops those who withdraw consent or erase their data', async () => {
    const own = await createPublished(api, admin.token);
    const shy = await candidateWith(api, strongProfile({ discoverable: false }), 'Shy Candidate');
    const open1 = await candidateWith(api, strongProfile({ discoverable: true }), 'Open One');
    const open2 = await candidateWith(api, strongProfile({ discoverable: true, skills: [{ name: 'PHP', level: 2 }] }), 'Open Two');
    const applicant = await candidateWith(api, strongProfile({ discoverable: true }), 'Already Applied');
    await applyTo(api, applicant, own.id);
    const run = await api.post(`/job-postings/${own.id}/sourcing-runs`, undefined, admin.token).expect(202);
    expect(run.body).toMatchObject({ id: expect.any(String), status: 'queued' });
    await eventually(() => api.get(`/job-postings/${own.id}/sourcing-runs/${run.body.id}`, admin.token).then((r) => r.body), (r) => r.status === 'done', 20000, 'the sourcing run');
    const suggestions = await api.get(`/job-postings/${own.id}/suggestions`, admin.token).expect(200);
    const ids = suggestions.body.items.map((m: { candidateId: string }) => m.candidateId);
    expect(ids).toContain(open1.user.id);
    expect(ids).toContain(open2.user.id);
    expect(ids).not.toContain(shy.user.id);
    expect(ids).not.toContain(applicant.user.id);
    expect(ids.indexOf(open1.user.id)).toBeLessThan(ids.indexOf(open2.user.id)); // ranked
    expect(suggestions.body.items[0]).toMatchObject({ applicationId: null, status: 'suggested', breakdown: expect.any(Object) });
    await api.put('/candidates/me/profile', strongProfile({ discoverable: false, skills: [{ name: 'PHP', level: 2 }] }), open2.token).expect(200);
    await api.delete('/candidates/me', open1.token).expect(204);
    const after = await api.get(`/job-postings/${own.id}/suggestions`, admin.token).expect(200);
    const remaining = after.body.items.map((m: { candidateId: string }) => m.candidateId);
    expect(remaining).not.toContain(open1.user.id);
    expect(remaining).not.toContain(open2.user.id);
  });

  it('keeps finished jobs bounded in Redis', async () => {
    const queue = scoringQueue(platform.queuePrefix);
    try {
      const jobs = await queue.getJobs(['completed', 'failed'], 0, 0);
      expect(jobs.length).toBeGreaterThan(0);
      expect(jobs[0].opts.removeOnComplete).toMatchObject({ count: expect.any(Number) });
      expect(jobs[0].opts.removeOnFail).toMatchObject({ count: expect.any(Number) });
    } finally {
      await queue.close();
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await platform.worker!.stop('SIGTERM');
    expect(code).toBe(0);
    await platform.worker!.start(); // leave the platform as we found it
  });
});
