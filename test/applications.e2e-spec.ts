import { randomUUID } from 'node:crypto';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createDraft, createPublished, problemFields, type Posting } from './support/postings';
import {
  applyTo,
  candidateWithProfile,
  profileBody,
  putProfile,
  statusCounts,
  transition,
  type Application,
  type ApplicationEvent,
  type ApplicationStatus,
} from './support/candidates';


const PIPELINE: Record<ApplicationStatus, ApplicationStatus[]> = {
  applied: ['screening', 'rejected'],
  screening: ['interview', 'rejected'],
  interview: ['offer', 'rejected'],
  offer: ['hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
};
/** The shortest way to each status from `applied`, by the organization (withdrawn is the candidate's). */
const PATH_TO: Record<ApplicationStatus, ApplicationStatus[]> = {
  applied: [],
  screening: ['screening'],
  interview: ['screening', 'interview'],
  offer: ['screening', 'interview', 'offer'],
  hired: ['screening', 'interview', 'offer', 'hired'],
  rejected: ['rejected'],
  withdrawn: [],
};
const ALL_STATUSES = Object.keys(PIPELINE) as ApplicationStatus[];
const ORG_TARGETS = ALL_STATUSES.filter((s) => s !== 'withdrawn');
const OPEN: ApplicationStatus[] = ['applied', 'screening', 'interview', 'offer'];

/**
 * Applications without the worker: nothing scores them, so the match state
 * the API writes at creation is what the tests read.
 */
describe('Applications', () => {
  const platform = new Platform();
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn; // assigned to `posting`
  let otherManager: SignedIn; // assigned to nothing
  let otherAdmin: SignedIn; // another organization
  let candidate: SignedIn;
  let posting: Posting;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Acme Liège');
    [recruiter, manager, otherManager] = await Promise.all([
      api.addMember(admin, 'recruiter'),
      api.addMember(admin, 'hiring_manager'),
      api.addMember(admin, 'hiring_manager'),
    ]);
    otherAdmin = await api.signupOrganization('Other Corp');
    candidate = await candidateWithProfile(api, 'Ada Applicant');
    posting = await createPublished(api, admin.token, { hiringManagerIds: [manager.user.id] });
  }, 60_000);
  afterAll(() => platform.stop(), 60_000);

  const apply = (who: SignedIn, postingId: string, body: Record<string, unknown> = {}) => api.post(`/jobs/${postingId}/applications`, body, who.token);
  const move = (who: SignedIn, id: string, to: string, note?: string) =>
    api.post(`/applications/${id}/transitions`, note === undefined ? { to } : { to, note }, who.token);
  const withdraw = (who: SignedIn, id: string) => api.post(`/applications/${id}/withdraw`, undefined, who.token);
  const getApp = (who: SignedIn, id: string) => api.get(`/applications/${id}`, who.token);
  const events = async (id: string, who: SignedIn = recruiter): Promise<ApplicationEvent[]> => (await api.get(`/applications/${id}/events`, who.token).expect(200)).body.items;
  const rowCount = async (sql: string, params: unknown[]) => (await platform.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0].n as number;

  /** A fresh application in `status`: a new published posting, the shared candidate applies, the organization moves it. */
  async function applicationIn(status: ApplicationStatus, who: SignedIn = candidate): Promise<{ app: Application; posting: Posting }> {
    const p = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    let app = await applyTo(api, who, p.id);
    for (const to of PATH_TO[status]) app = await transition(api, recruiter, app.id, to);
    if (status === 'withdrawn') app = (await withdraw(who, app.id).expect(200)).body;
    expect(app.status).toBe(status);
    return { app, posting: p };
  }

  describe('applying', () => {
    it('creates the application with the profile revision it was made with and a pending match', async () => {
      const ada = await candidateWithProfile(api, 'Ada');
      await putProfile(api, ada, profileBody({ yearsExperience: 9 }));
      const profile = await putProfile(api, ada, profileBody({ yearsExperience: 10 }));
      expect(profile.revision).toBe(3);
      const before = Date.now();
      const res = await apply(ada, posting.id, { coverLetter: '  I would love to join.  ' }).expect(201);
      const app = res.body as Application;
      expect(app).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        jobPostingId: posting.id,
        candidateId: ada.user.id,
        status: 'applied',
        coverLetter: 'I would love to join.',
        match: { status: 'pending', score: null, mustHavesMet: null, breakdown: null, scoredAt: null, profileRevision: 3 },
      });
      expect(Date.parse(app.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect((await getApp(ada, app.id).expect(200)).body).toEqual(app);
      const row = await platform.db.query('SELECT applied_with_revision, match_status, organization_id FROM applications WHERE id = $1', [app.id]);
      expect(row.rows[0]).toEqual({ applied_with_revision: 3, match_status: 'pending', organization_id: admin.user.organizationId });
      expect(await events(app.id)).toEqual([{ at: expect.any(String), actorId: ada.user.id, actorName: null, type: 'applied', from: null, to: 'applied', note: null, revealed: null }]);

      // A later profile change asks for a new score from the new revision; the revision applied with stays.
      const edited = await putProfile(api, ada, profileBody({ yearsExperience: 11 }));
      expect((await getApp(ada, app.id).expect(200)).body.match).toMatchObject({ status: 'pending', profileRevision: edited.revision });
      const after = await platform.db.query('SELECT applied_with_revision FROM applications WHERE id = $1', [app.id]);
      expect(after.rows[0].applied_with_revision).toBe(3);
    });

    it('answers 409 to a candidate without a profile', async () => {
      const noProfile = await api.signupCandidate();
      problemFields(await apply(noProfile, posting.id), 409);
      expect(await rowCount('applications WHERE candidate_id = $1', [noProfile.user.id])).toBe(0);
    });

    it('answers 404 for a draft, an unknown posting and another organization’s unpublished posting', async () => {
      const draft = await createDraft(api, recruiter.token);
      problemFields(await apply(candidate, draft.id), 404);
      problemFields(await apply(candidate, randomUUID()), 404);
      const foreignDraft = await createDraft(api, otherAdmin.token);
      problemFields(await apply(candidate, foreignDraft.id), 404);
      expect(problemFields(await apply(candidate, 'not-a-uuid'), 400)).toEqual(['id']);
      expect(await rowCount('applications WHERE candidate_id = $1 AND job_posting_id = ANY($2)', [candidate.user.id, [draft.id, foreignDraft.id]])).toBe(0);
    });

    it('accepts a published posting of any organization', async () => {
      const foreign = await createPublished(api, otherAdmin.token);
      const app = await applyTo(api, candidate, foreign.id);
      expect(app.jobPostingId).toBe(foreign.id);
    });

    it('answers 409 for a closed posting', async () => {
      const closed = await createPublished(api, recruiter.token);
      await api.post(`/job-postings/${closed.id}/close`, undefined, recruiter.token).expect(200);
      problemFields(await apply(candidate, closed.id), 409);
      expect(await rowCount('applications WHERE job_posting_id = $1', [closed.id])).toBe(0);
    });

    it('answers 409 the second time', async () => {
      const p = await createPublished(api, recruiter.token);
      await applyTo(api, candidate, p.id);
      problemFields(await apply(candidate, p.id, { coverLetter: 'Again' }), 409);
      expect(await rowCount('applications WHERE job_posting_id = $1', [p.id])).toBe(1);
    });

    it('creates exactly one application out of 20 simultaneous applies; the other 19 are clean 409s', async () => {
      const p = await createPublished(api, recruiter.token);
      const eve = await candidateWithProfile(api, 'Eve Eager');
      const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => apply(eve, p.id, { coverLetter: `Attempt ${i}` })));
      expect(statusCounts(responses)).toEqual({ 201: 1, 409: 19 });
      for (const r of responses.filter((r) => r.status === 409)) problemFields(r, 409);
      expect(await rowCount('applications WHERE job_posting_id = $1 AND candidate_id = $2', [p.id, eve.user.id])).toBe(1);
      const created = responses.find((r) => r.status === 201)!.body as Application;
      expect(await rowCount('application_events WHERE application_id = $1', [created.id])).toBe(1);
      // The database itself refuses a second row.
      await expect(
        platform.db.query(
          `INSERT INTO applications (job_posting_id, candidate_id, organization_id, applied_with_revision, match_profile_revision, match_requirements_version)
           SELECT job_posting_id, candidate_id, organization_id, 1, 1, 1 FROM applications WHERE id = $1`,
          [created.id],
        ),
      ).rejects.toMatchObject({ code: '23505' });
    });

    it('lets several candidates apply to one posting at the same time', async () => {
      const p = await createPublished(api, recruiter.token);
      const people = await Promise.all(Array.from({ length: 5 }, (_, i) => candidateWithProfile(api, `Crowd ${i}`)));
      const responses = await Promise.all(people.map((c) => apply(c, p.id)));
      expect(statusCounts(responses)).toEqual({ 201: 5 });
    });

    it('is for candidates, refuses unknown fields and a cover letter over 10 000 characters', async () => {
      problemFields(await apply(recruiter, posting.id), 403);
      problemFields(await api.post(`/jobs/${posting.id}/applications`, {}), 401);
      const p = await createPublished(api, recruiter.token);
      expect(problemFields(await apply(candidate, p.id, { status: 'hired' }), 400)).toEqual(['status']);
      expect(problemFields(await apply(candidate, p.id, { coverLetter: 'x'.repeat(10_001) }), 400)).toEqual(['coverLetter']);
      expect(await rowCount('applications WHERE job_posting_id = $1', [p.id])).toBe(0);
    });
  });

  describe('the pipeline', () => {
    it('moves an application through every stage with an audit trail of who, when, from, to and why', async () => {
      const p = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
      const app = await applyTo(api, candidate, p.id);
      const steps: Array<[SignedIn, ApplicationStatus, string | undefined]> = [
        [recruiter, 'screening', 'Strong Java background'],
        [admin, 'interview', undefined],
        [manager, 'offer', 'Great interview'],
        [recruiter, 'hired', '  Signed on Monday  '],
      ];
      for (const [who, to, note] of steps) {
        const res = await move(who, app.id, to, note).expect(200);
        expect(res.body).toMatchObject({ id: app.id, status: to });
        expect((await getApp(candidate, app.id).expect(200)).body.status).toBe(to);
      }
      const trail = await events(app.id);
      expect(trail).toEqual([
        { at: expect.any(String), actorId: candidate.user.id, actorName: null, type: 'applied', from: null, to: 'applied', note: null, revealed: null },
        { at: expect.any(String), actorId: recruiter.user.id, actorName: 'Member recruiter', type: 'transition', from: 'applied', to: 'screening', note: 'Strong Java background', revealed: null },
        { at: expect.any(String), actorId: admin.user.id, actorName: 'Alice Admin', type: 'transition', from: 'screening', to: 'interview', note: null, revealed: expect.arrayContaining(['name']) },
        { at: expect.any(String), actorId: manager.user.id, actorName: 'Member hiring_manager', type: 'transition', from: 'interview', to: 'offer', note: 'Great interview', revealed: null },
        { at: expect.any(String), actorId: recruiter.user.id, actorName: 'Member recruiter', type: 'transition', from: 'offer', to: 'hired', note: 'Signed on Monday', revealed: null },
      ]);
      const times = trail.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // Every member who can see the posting reads the same trail.
      expect(await events(app.id, admin)).toEqual(trail);
      expect(await events(app.id, manager)).toEqual(trail);
    });

    describe.each(ALL_STATUSES)('from %s', (from) => {
      it(`allows exactly ${JSON.stringify(PIPELINE[from])} and answers 409 to every other move, changing nothing`, async () => {
        const { app } = await applicationIn(from);
        const trailBefore = await events(app.id);
        for (const to of ORG_TARGETS.filter((t) => !PIPELINE[from].includes(t))) {
          const res = await move(recruiter, app.id, to);
          expect({ to, status: res.status }).toEqual({ to, status: 409 });
          problemFields(res, 409);
        }
        expect((await getApp(recruiter, app.id).expect(200)).body.status).toBe(from);
        expect(await events(app.id)).toEqual(trailBefore);
        for (const to of PIPELINE[from]) {
          const fresh = (await applicationIn(from)).app;
          expect((await move(recruiter, fresh.id, to).expect(200)).body.status).toBe(to);
        }
      });
    });

    it('answers 403 to a move to withdrawn, which only the candidate may make', async () => {
      const { app } = await applicationIn('screening');
      problemFields(await move(recruiter, app.id, 'withdrawn'), 403);
      problemFields(await move(admin, app.id, 'withdrawn'), 403);
      expect((await getApp(recruiter, app.id).expect(200)).body.status).toBe('screening');
    });

    it('refuses an unknown status, a missing one and unknown fields with 400', async () => {
      const { app } = await applicationIn('applied');
      expect(problemFields(await move(recruiter, app.id, 'promoted'), 400)).toEqual(['to']);
      expect(problemFields(await api.post(`/applications/${app.id}/transitions`, { note: 'x' }, recruiter.token), 400)).toEqual(['to']);
      expect(problemFields(await api.post(`/applications/${app.id}/transitions`, { to: 'screening', by: 'me' }, recruiter.token), 400)).toEqual(['by']);
      expect((await getApp(recruiter, app.id).expect(200)).body.status).toBe('applied');
    });

    it('does not let the candidate move their own application or read its trail', async () => {
      const { app } = await applicationIn('applied');
      problemFields(await move(candidate, app.id, 'screening'), 403);
      problemFields(await move(candidate, app.id, 'hired'), 403);
      problemFields(await api.get(`/applications/${app.id}/events`, candidate.token), 403);
      expect((await getApp(candidate, app.id).expect(200)).body.status).toBe('applied');
    });

    // Two simultaneous requests either overlap (then exactly one wins and the other gets 409) or, if
    // one commits before the other reads, both are legitimate moves in sequence. Either way the trail
    // never holds two transitions out of the same status: that is the invariant.
    it('never lets two simultaneous moves leave the same status', async () => {
      for (let round = 0; round < 5; round++) {
        const { app } = await applicationIn('applied');
        const [a, b] = await Promise.all([move(recruiter, app.id, 'screening'), move(admin, app.id, 'rejected')]);
        expect([a.status, b.status].every((s) => s === 200 || s === 409)).toBe(true);
        expect([a.status, b.status]).toContain(200);
        const trail = await events(app.id);
        expect(trail.filter((e) => e.from === 'applied')).toHaveLength(1);
        const final = (await getApp(recruiter, app.id).expect(200)).body.status;
        expect(final).toBe(trail.at(-1)!.to);
        if (a.status === 200 && b.status === 200) {
          expect(trail.map((e) => [e.from, e.to])).toEqual([[null, 'applied'], ['applied', 'screening'], ['screening', 'rejected']]);
        } else {
          expect(trail).toHaveLength(2);
        }
      }
    });

    it('never lets a simultaneous move and withdrawal both leave the same status', async () => {
      for (let round = 0; round < 3; round++) {
        const { app } = await applicationIn('screening');
        const [moved, withdrawn] = await Promise.all([move(recruiter, app.id, 'interview'), withdraw(candidate, app.id)]);
        expect([moved.status, withdrawn.status]).toContain(200);
        const trail = await events(app.id);
        expect(trail.filter((e) => e.from === 'screening')).toHaveLength(1);
        expect((await getApp(recruiter, app.id).expect(200)).body.status).toBe(trail.at(-1)!.to);
        if (moved.status === 200 && withdrawn.status === 200) expect(trail.at(-1)).toMatchObject({ from: 'interview', to: 'withdrawn' });
      }
    });

    it('still moves on from the status another member just set, once the request sees it', async () => {
      const { app } = await applicationIn('applied');
      await move(recruiter, app.id, 'screening').expect(200);
      expect((await move(admin, app.id, 'rejected').expect(200)).body.status).toBe('rejected');
    });

    it('lets exactly one of ten identical simultaneous moves succeed', async () => {
      const { app } = await applicationIn('screening');
      const responses = await Promise.all(Array.from({ length: 10 }, () => move(recruiter, app.id, 'interview')));
      expect(statusCounts(responses)).toEqual({ 200: 1, 409: 9 });
      expect((await events(app.id)).filter((e) => e.to === 'interview')).toHaveLength(1);
    });

    it('lets exactly one of a simultaneous rejection and withdrawal succeed', async () => {
      for (let round = 0; round < 3; round++) {
        const { app } = await applicationIn('offer');
        const [rejected, withdrawn] = await Promise.all([move(recruiter, app.id, 'rejected'), withdraw(candidate, app.id)]);
        expect(statusCounts([rejected, withdrawn])).toEqual({ 200: 1, 409: 1 });
        const final = (await getApp(recruiter, app.id).expect(200)).body.status;
        expect(final).toBe(rejected.status === 200 ? 'rejected' : 'withdrawn');
        expect((await events(app.id)).filter((e) => e.from === 'offer')).toHaveLength(1);
      }
    });
  });

  describe('withdrawing', () => {
    it.each(OPEN)('withdraws from %s', async (from) => {
      const { app } = await applicationIn(from);
      const res = await withdraw(candidate, app.id).expect(200);
      expect(res.body).toMatchObject({ id: app.id, status: 'withdrawn' });
      const last = (await events(app.id)).at(-1)!;
      expect(last).toMatchObject({ actorId: candidate.user.id, type: 'withdrawn', from, to: 'withdrawn' });
    });

    it.each(['hired', 'rejected', 'withdrawn'] as ApplicationStatus[])('answers 409 from %s, a final status', async (from) => {
      const { app } = await applicationIn(from);
      problemFields(await withdraw(candidate, app.id), 409);
      expect((await getApp(candidate, app.id).expect(200)).body.status).toBe(from);
    });

    it('is the candidate’s own: 404 for another candidate, 403 for the organization', async () => {
      const { app } = await applicationIn('applied');
      const other = await candidateWithProfile(api, 'Mallory');
      problemFields(await withdraw(other, app.id), 404);
      problemFields(await withdraw(recruiter, app.id), 403);
      expect((await getApp(candidate, app.id).expect(200)).body.status).toBe('applied');
    });

    it('keeps a withdrawn application out of later rescoring: a profile change leaves its match alone', async () => {
      const bob = await candidateWithProfile(api, 'Bob');
      const p = await createPublished(api, recruiter.token);
      const app = await applyTo(api, bob, p.id);
      await withdraw(bob, app.id).expect(200);
      await putProfile(api, bob, profileBody({ headline: 'Changed after withdrawing' }));
      expect((await getApp(bob, app.id).expect(200)).body.match.profileRevision).toBe(app.match.profileRevision);
    });
  });

  describe('the audit trail is append-only', () => {
    it('refuses updates and deletes in the database itself', async () => {
      const { app } = await applicationIn('screening');
      const before = (await platform.db.query('SELECT * FROM application_events WHERE application_id = $1 ORDER BY id', [app.id])).rows;
      expect(before).toHaveLength(2);
      await expect(platform.db.query(`UPDATE application_events SET to_status = 'hired' WHERE application_id = $1`, [app.id])).rejects.toThrow(/append-only/);
      await expect(platform.db.query(`UPDATE application_events SET note = 'rewritten' WHERE application_id = $1`, [app.id])).rejects.toThrow(/append-only/);
      await expect(platform.db.query(`UPDATE application_events SET at = now() - interval '1 day' WHERE application_id = $1`, [app.id])).rejects.toThrow(/append-only/);
      await expect(platform.db.query(`UPDATE application_events SET actor_id = $2 WHERE application_id = $1`, [app.id, otherAdmin.user.id])).rejects.toThrow(/append-only/);
      await expect(platform.db.query('DELETE FROM application_events WHERE application_id = $1', [app.id])).rejects.toThrow(/append-only/);
      expect((await platform.db.query('SELECT * FROM application_events WHERE application_id = $1 ORDER BY id', [app.id])).rows).toEqual(before);
    });
  });

  describe('scoping', () => {
    it('shows an application to its candidate and to the members who can see the posting; 404 to everyone else', async () => {
      const { app } = await applicationIn('applied');
      const other = await candidateWithProfile(api, 'Nosy');
      const otherRecruiter = await api.addMember(otherAdmin, 'recruiter');
      for (const who of [candidate, admin, recruiter, manager]) expect((await getApp(who, app.id).expect(200)).body.id).toBe(app.id);
      for (const who of [other, otherManager, otherAdmin, otherRecruiter]) problemFields(await getApp(who, app.id), 404);
      problemFields(await getApp(candidate, randomUUID()), 404);
      problemFields(await getApp(recruiter, randomUUID()), 404);
      problemFields(await api.get(`/applications/${app.id}`), 401);
    });

    it('answers 404 to another organization and to an unassigned hiring manager on transitions and events, changing nothing', async () => {
      const { app } = await applicationIn('applied');
      for (const who of [otherAdmin, otherManager]) {
        problemFields(await move(who, app.id, 'screening'), 404);
        problemFields(await api.get(`/applications/${app.id}/events`, who.token), 404);
      }
      // The 404 is the same as for an application that does not exist.
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
      const foreign = await move(otherAdmin, app.id, 'screening');
      const missing = await move(otherAdmin, randomUUID(), 'screening');
      expect(strip(foreign.body)).toEqual(strip(missing.body));
      expect((await getApp(recruiter, app.id).expect(200)).body.status).toBe('applied');
      expect(await events(app.id)).toHaveLength(1);
    });

    it('lets the assigned hiring manager move the application', async () => {
      const { app } = await applicationIn('applied');
      expect((await move(manager, app.id, 'screening').expect(200)).body.status).toBe('screening');
    });
  });

  describe('GET /candidates/me/applications', () => {
    it('lists only the candidate’s own applications, newest first, with a pending match and keyset pages', async () => {
      const zoe = await candidateWithProfile(api, 'Zoe');
      const other = await candidateWithProfile(api, 'Other');
      const postings = await Promise.all(Array.from({ length: 5 }, () => createPublished(api, recruiter.token)));
      const mine: Application[] = [];
      for (const p of postings) {
        mine.push(await applyTo(api, zoe, p.id));
        await applyTo(api, other, p.id);
      }
      const all = await api.get('/candidates/me/applications', zoe.token).expect(200);
      expect(all.body.nextCursor).toBeNull();
      expect(all.body.items.map((a: { id: string }) => a.id)).toEqual(mine.map((a) => a.id).reverse());
      expect(all.body.items[0]).toEqual({
        id: mine[4].id,
        jobPostingId: postings[4].id,
        jobTitle: postings[4].title,
        status: 'applied',
        createdAt: mine[4].createdAt,
        updatedAt: expect.any(String),
        match: { status: 'pending', score: null, mustHavesMet: null, lacking: [] },
      });
      expect(JSON.stringify(all.body)).not.toContain(other.user.id);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await api
          .get(`/candidates/me/applications?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, zoe.token)
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((a) => a.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(mine.map((a) => a.id).reverse());

      // Statuses follow the pipeline.
      await transition(api, recruiter, mine[0].id, 'rejected');
      await withdraw(zoe, mine[1].id).expect(200);
      const after = (await api.get('/candidates/me/applications', zoe.token).expect(200)).body.items as Array<{ id: string; status: string }>;
      expect(Object.fromEntries(after.map((a) => [a.id, a.status]))).toMatchObject({ [mine[0].id]: 'rejected', [mine[1].id]: 'withdrawn', [mine[2].id]: 'applied' });
    });

    it('is empty for a new candidate, refuses a bad limit and is for candidates only', async () => {
      const newbie = await api.signupCandidate();
      expect((await api.get('/candidates/me/applications', newbie.token).expect(200)).body).toEqual({ items: [], nextCursor: null });
      expect(problemFields(await api.get('/candidates/me/applications?limit=0', newbie.token), 400)).toEqual(['limit']);
      expect(problemFields(await api.get('/candidates/me/applications?limit=101', newbie.token), 400)).toEqual(['limit']);
      problemFields(await api.get('/candidates/me/applications?cursor=garbage', newbie.token), 400);
      problemFields(await api.get('/candidates/me/applications', recruiter.token), 403);
    });
  });
});
