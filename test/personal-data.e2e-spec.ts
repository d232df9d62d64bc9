import { randomBytes } from 'node:crypto';
import { ApiClient, PASSWORD, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createPublished, problemFields, type Posting } from './support/postings';
import {
  applyTo,
  candidateWithProfile,
  profileBody,
  putProfile,
  statusCounts,
  transition,
  type Application,
  type ApplicationEvent,
} from './support/candidates';
import { eventually, scoringQueue } from './support/matching';


/** Where a string occurs in the database: every text, varchar and JSON column of every table in the public schema. */
async function occurrences(platform: Platform, needle: string): Promise<string[]> {
  const columns = await platform.db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
      ORDER BY 1, 2`,
  );
  expect(columns.rows.length).toBeGreaterThan(20); // the query does see the schema
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns.rows) {
    const res = await platform.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`, [needle]);
    if (res.rows[0].n > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}

describe('Personal-data rights', () => {
  const platform = new Platform({ worker: true });
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Acme Liège');
    recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
  }, 60_000);
  afterAll(() => platform.stop(), 60_000);

  const getApp = async (who: SignedIn, id: string): Promise<Application> => (await api.get(`/applications/${id}`, who.token).expect(200)).body;
  const events = async (id: string): Promise<ApplicationEvent[]> => (await api.get(`/applications/${id}/events`, recruiter.token).expect(200)).body.items;
  /** Until the worker has nothing queued or running: what it would write has been written. */
  const scoringDrained = async () => {
    const queue = scoringQueue(platform.queuePrefix);
    try {
      await eventually(() => queue.getJobCounts('wait', 'active', 'delayed', 'prioritized'), (c) => Object.values(c).every((n) => n === 0), 20000, 'the scoring queue drained');
    } finally {
      await queue.close();
    }
  };
  /**
   * The erasure confirmation email holds the erased address until it is sent
   * (here: logged, there is no SMTP_URL), then the copy is cleared.
   */
  const confirmationsSent = () =>
    eventually(async () => (await platform.db.query('SELECT count(*)::int AS n FROM email_deliveries WHERE to_address IS NOT NULL')).rows[0].n, (n) => n === 0, 20000, 'the erasure confirmations sent');
  const scored = (who: SignedIn, id: string) => eventually(() => getApp(who, id), (a) => a.match.status === 'scored');

  async function sourcedCandidateIds(posting: Posting): Promise<string[]> {
    const run = await api.post(`/job-postings/${posting.id}/sourcing-runs`, undefined, recruiter.token).expect(202);
    await eventually(
      async () => (await api.get(`/job-postings/${posting.id}/sourcing-runs/${run.body.id}`, recruiter.token).expect(200)).body.status as string,
      (status) => status === 'done' || status === 'failed',
    );
    return suggestedIds(posting);
  }
  const suggestedIds = async (posting: Posting): Promise<string[]> =>
    (await api.get(`/job-postings/${posting.id}/suggestions?limit=100`, recruiter.token).expect(200)).body.items.map((m: { candidateId: string }) => m.candidateId);

  describe('discoverable', () => {
    it('is an opt-in: only consenting candidates are sourced, and withdrawing consent removes them at once', async () => {
      const posting = await createPublished(api, recruiter.token);
      const willing = await candidateWithProfile(api, 'Willing', profileBody({ discoverable: true }));
      const silent = await candidateWithProfile(api, 'Silent'); // never said yes
      expect(silent.profile.discoverable).toBe(false);

      const first = await sourcedCandidateIds(posting);
      expect(first).toContain(willing.user.id);
      expect(first).not.toContain(silent.user.id);

      const off = await putProfile(api, willing, profileBody({ discoverable: false }));
      expect(off).toMatchObject({ discoverable: false, discoverableSince: null });
      expect(await suggestedIds(posting)).not.toContain(willing.user.id);
      expect(await sourcedCandidateIds(posting)).not.toContain(willing.user.id);
    });
  });

  describe('GET /candidates/me/export', () => {
    it('holds the account, the profile, and every application with its events and match', async () => {
      const posting = await createPublished(api, recruiter.token);
      const other = await createPublished(api, recruiter.token);
      const eva = await candidateWithProfile(api, 'Eva Export');
      const a = await applyTo(api, eva, posting.id, { coverLetter: 'Dear Acme' });
      const b = await applyTo(api, eva, other.id);
      await transition(api, recruiter, a.id, 'screening', 'Looks good');
      const scoredA = await scored(eva, a.id);
      await scored(eva, b.id);

      const res = await api.get('/candidates/me/export', eva.token).expect(200);
      const doc = res.body;
      expect(doc.account).toMatchObject({ id: eva.user.id, email: eva.user.email, name: 'Eva Export', role: 'candidate' });
      expect(doc.profile).toMatchObject({
        candidateId: eva.user.id,
        headline: eva.profile.headline,
        city: 'Liège',
        revision: eva.profile.revision,
        skills: expect.arrayContaining([expect.objectContaining({ name: 'Java', skillId: 'java', level: 4 })]),
        languages: eva.profile.languages,
      });
      expect(doc.applications).toHaveLength(2);
      const exportedA = doc.applications.find((x: { id: string }) => x.id === a.id);
      expect(exportedA).toMatchObject({ jobPostingId: posting.id, status: 'screening', coverLetter: 'Dear Acme', match: { status: 'scored', score: scoredA.match.score } });
      expect(exportedA.match.breakdown).toEqual(scoredA.match.breakdown);
      // The events carry the API's names (as GET /applications/{id}/events), not the entity's.
      expect(exportedA.events).toEqual([
        { at: expect.any(String), actorId: expect.any(String), type: 'applied', from: null, to: 'applied', note: null, revealed: null },
        { at: expect.any(String), actorId: expect.any(String), type: 'transition', from: 'applied', to: 'screening', note: 'Looks good', revealed: null },
      ]);
      expect(doc.applications.find((x: { id: string }) => x.id === b.id).events).toHaveLength(1);
      // No secrets, and nobody else's data.
      expect(JSON.stringify(doc)).not.toMatch(/argon2|password/i);
    });

    it('is empty but complete for a candidate without a profile, and for candidates only', async () => {
      const fresh = await api.signupCandidate('Fresh');
      const doc = (await api.get('/candidates/me/export', fresh.token).expect(200)).body;
      expect(doc).toMatchObject({ account: { id: fresh.user.id, email: fresh.user.email, name: 'Fresh' }, profile: null, applications: [] });
      problemFields(await api.get('/candidates/me/export', recruiter.token), 403);
      problemFields(await api.get('/candidates/me/export'), 401);
    });

    it('never includes another candidate’s data', async () => {
      const posting = await createPublished(api, recruiter.token);
      const [one, two] = await Promise.all([candidateWithProfile(api, 'One Person'), candidateWithProfile(api, 'Two Person')]);
      await applyTo(api, one, posting.id);
      await applyTo(api, two, posting.id, { coverLetter: 'Two’s letter' });
      const text = JSON.stringify((await api.get('/candidates/me/export', one.token).expect(200)).body);
      expect(text).not.toContain(two.user.id);
      expect(text).not.toContain('Two Person');
      expect(text).not.toContain('Two’s letter');
    });
  });

  describe('DELETE /candidates/me', () => {
    it('erases every personal field, withdraws and anonymizes open applications, keeps final ones, and frees the email', async () => {
      const token = randomBytes(4).toString('hex');
      const name = `Zyxwvut Quartermaine-${token}`;
      const email = `zyxwvut.quartermaine-${token}@example.com`;
      const signup = await api.post('/auth/signup/candidate', { name, email, password: PASSWORD }).expect(201);
      const zed: SignedIn = { token: signup.body.accessToken, user: signup.body.user };
      await putProfile(
        api,
        zed,
        profileBody({
          headline: `${name}, back-end developer`,
          summary: `Reach me at ${email}.`,
          skills: [{ name: 'Java', level: 4 }, { name: 'SQL', level: 4 }, { name: `Quartermaine-${token} toolkit`, level: 5 }],
          discoverable: true,
        }),
      );
      const postings = await Promise.all(Array.from({ length: 5 }, () => createPublished(api, recruiter.token)));
      const [open, interviewing, hired, rejected] = await Promise.all(
        postings.slice(0, 4).map((p) => applyTo(api, zed, p.id, { coverLetter: `Regards, ${name} (${email})` })),
      );
      await transition(api, recruiter, interviewing.id, 'screening', `Call ${name} back`);
      await transition(api, recruiter, interviewing.id, 'interview');
      for (const to of ['screening', 'interview', 'offer', 'hired']) await transition(api, recruiter, hired.id, to, `${name}: ${to}`);
      await transition(api, recruiter, rejected.id, 'rejected', `Not ${name}, sorry`);
      for (const app of [open, interviewing, hired, rejected]) await scored(zed, app.id);
      expect(await sourcedCandidateIds(postings[4])).toContain(zed.user.id);

      // The search does find the candidate before erasure (so zero hits afterwards means something).
      const before = await occurrences(platform, `Quartermaine-${token}`);
      expect(before).toEqual(
        expect.arrayContaining(['users.name', 'users.email', 'candidate_profiles.headline', 'candidate_profiles.summary', 'candidate_profiles.skills', 'applications.cover_letter', 'application_events.note']),
      );
      const breakdowns = await platform.db.query('SELECT count(*)::int AS n FROM applications WHERE candidate_id = $1 AND match_breakdown IS NOT NULL', [zed.user.id]);
      expect(breakdowns.rows[0].n).toBe(4);
      const countsBefore = await platform.db.query('SELECT job_posting_id, count(*)::int AS n FROM applications WHERE job_posting_id = ANY($1) GROUP BY 1 ORDER BY 1', [postings.map((p) => p.id)]);

      // A profile change just before erasure asks the worker for new scores: they must not bring anything back.
      await putProfile(api, zed, profileBody({ headline: `${name} again`, skills: [{ name: 'Java', level: 5 }], discoverable: true }));
      await api.delete('/candidates/me', zed.token).expect(204);

      // The account can no longer sign in, and its tokens stop working at once.
      const login = await api.post('/auth/login', { email, password: PASSWORD });
      problemFields(login, 401);
      problemFields(await api.get('/auth/me', zed.token), 401);
      problemFields(await api.get('/candidates/me/profile', zed.token), 401);
      problemFields(await api.get('/candidates/me/export', zed.token), 401);
      problemFields(await api.delete('/candidates/me', zed.token), 401);

      // Open applications are withdrawn, final ones stay; all are anonymized and still visible to the organization.
      const after = Object.fromEntries(await Promise.all([open, interviewing, hired, rejected].map(async (a) => [a.id, await getApp(recruiter, a.id)] as const)));
      expect([open, interviewing, hired, rejected].map((a) => after[a.id].status)).toEqual(['withdrawn', 'withdrawn', 'hired', 'rejected']);
      for (const a of Object.values(after)) expect(a).toMatchObject({ coverLetter: null, match: { breakdown: null } });
      expect((await events(open.id)).at(-1)).toMatchObject({ type: 'erased', from: 'applied', to: 'withdrawn' });
      expect((await events(interviewing.id)).at(-1)).toMatchObject({ type: 'erased', from: 'interview', to: 'withdrawn' });
      expect((await events(hired.id)).map((e) => e.note)).toEqual([null, null, null, null, null]);
      const anonymized = await platform.db.query('SELECT bool_and(anonymized) AS all FROM applications WHERE candidate_id = $1', [zed.user.id]);
      expect(anonymized.rows[0].all).toBe(true);
      const countsAfter = await platform.db.query('SELECT job_posting_id, count(*)::int AS n FROM applications WHERE job_posting_id = ANY($1) GROUP BY 1 ORDER BY 1', [postings.map((p) => p.id)]);
      expect(countsAfter.rows).toEqual(countsBefore.rows);

      const user = await platform.db.query('SELECT email, name, password_hash, erased_at FROM users WHERE id = $1', [zed.user.id]);
      expect(user.rows[0]).toEqual({ email: null, name: null, password_hash: null, erased_at: expect.any(Date) });
      expect((await platform.db.query('SELECT count(*)::int AS n FROM candidate_profiles WHERE candidate_id = $1', [zed.user.id])).rows[0].n).toBe(0);
      expect(await suggestedIds(postings[4])).not.toContain(zed.user.id);

      // Let the worker run what the last profile change enqueued, then prove nothing personal survives anywhere.
      await scoringDrained();
      await confirmationsSent();
      expect(await occurrences(platform, `Quartermaine-${token}`)).toEqual([]);
      expect(await occurrences(platform, name)).toEqual([]);
      expect(await occurrences(platform, email)).toEqual([]);
      expect(await occurrences(platform, `zyxwvut.quartermaine-${token}`)).toEqual([]);
      for (const a of Object.values(after)) expect((await getApp(recruiter, a.id)).match.breakdown).toBeNull();

      // The email is free again: a new, separate account.
      const again = await api.post('/auth/signup/candidate', { name: 'Zed Again', email, password: PASSWORD }).expect(201);
      expect(again.body.user.id).not.toBe(zed.user.id);
      problemFields(await api.get('/candidates/me/profile', again.body.accessToken), 404);
      expect((await api.get('/candidates/me/applications', again.body.accessToken).expect(200)).body.items).toEqual([]);
      await api.post('/auth/login', { email, password: PASSWORD }).expect(200);
    });

    it('leaves nothing behind when profile updates and applications race with the erasure', async () => {
      const token = randomBytes(4).toString('hex');
      const name = `Yxwvut Racer-${token}`;
      const signup = await api.post('/auth/signup/candidate', { name, email: `racer-${token}@example.com`, password: PASSWORD }).expect(201);
      const racer: SignedIn = { token: signup.body.accessToken, user: signup.body.user };
      await putProfile(api, racer, profileBody({ headline: name }));
      const postings = await Promise.all(Array.from({ length: 6 }, () => createPublished(api, recruiter.token)));

      const responses = await Promise.all([
        ...Array.from({ length: 6 }, (_, i) => api.put('/candidates/me/profile', profileBody({ headline: `${name} ${i}` }), racer.token)),
        ...postings.map((p) => api.post(`/jobs/${p.id}/applications`, { coverLetter: `From ${name}` }, racer.token)),
        api.delete('/candidates/me', racer.token),
        ...Array.from({ length: 6 }, (_, i) => api.put('/candidates/me/profile', profileBody({ headline: `${name} late ${i}` }), racer.token)),
      ]);
      // Each request either happened before the erasure or is refused; none fails.
      const unexpected = responses.filter((r) => ![200, 201, 204, 401, 404, 409].includes(r.status)).map((r) => ({ status: r.status, body: r.body as unknown }));
      // A failure here shows the API's log: the cause of a 500 is in it, not in the response.
      if (unexpected.length) throw new Error(`Unexpected responses: ${JSON.stringify(unexpected)}\nAPI log (end):\n${platform.api.logs().slice(-20_000)}`);
      expect(statusCounts(responses)[204]).toBe(1);

      const profiles = await platform.db.query('SELECT count(*)::int AS n FROM candidate_profiles WHERE candidate_id = $1', [racer.user.id]);
      expect(profiles.rows[0].n).toBe(0);
      const apps = await platform.db.query('SELECT anonymized, cover_letter, status FROM applications WHERE candidate_id = $1', [racer.user.id]);
      for (const row of apps.rows) expect(row).toMatchObject({ anonymized: true, cover_letter: null, status: 'withdrawn' });
      await scoringDrained();
      await confirmationsSent();
      expect(await occurrences(platform, `Racer-${token}`)).toEqual([]);
    });

    it('is for candidates only', async () => {
      problemFields(await api.delete('/candidates/me', recruiter.token), 403);
      problemFields(await api.delete('/candidates/me'), 401);
      await api.get('/auth/me', recruiter.token).expect(200);
    });
  });
});
