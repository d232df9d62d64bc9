import type { Schema } from '@embauche/api-client';
import { applyTo, candidateWithProfile } from './support/candidates';
import { ok, ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createDraft, createPublished, draftBody, problemFields } from './support/postings';

type CreatePosting = Schema<'CreatePostingDto'>;
type ListItem = Schema<'PostingListItemResponse'>;

// The dashboard's API: the preview of a draft (what creating would produce, nothing saved), and the
// organization's list with per-posting stats and a hiring-manager filter. No worker runs here, so
// applications stay pending until the test marks one failed as the worker's final failure does.
describe('Job postings: preview and dashboard stats', () => {
  const platform = new Platform();
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let previewManager: SignedIn; // named only by previews and the drafts they are compared with
  let stranger: SignedIn;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Preview Liège');
    [recruiter, manager, otherManager] = await Promise.all([
      api.addMember(admin, 'recruiter', 'Rita Recruiter'),
      api.addMember(admin, 'hiring_manager', 'Hugo Manager'),
      api.addMember(admin, 'hiring_manager', 'Hilda Manager'),
    ]);
    previewManager = await api.addMember(admin, 'hiring_manager', 'Paul Preview');
    stranger = await api.signupOrganization('Other Corp');
  });
  afterAll(() => platform.stop());

  const preview = (body: unknown, who: SignedIn = recruiter) => api.post('/job-postings/preview', body, who.token);
  const countPostings = async () => Number((await platform.db.query('SELECT count(*) AS n FROM job_postings')).rows[0].n);
  const list = async (who: SignedIn, query: Record<string, string> = {}) =>
    ok(api.as(who).GET('/api/v1/job-postings', { params: { query: query as { status?: 'draft' } } }), 200);

  describe('POST /job-postings/preview', () => {
    it.each([
      ['the template defaults (BE, mid, fr)', {}],
      ['an English senior posting in Lyon', { language: 'en', country: 'FR', city: 'Lyon', seniority: 'senior' }],
      ['chosen title, salary, requirements and hiring manager', {
        language: 'nl',
        title: 'Backend-ontwikkelaar (m/v/x)',
        salary: { min: 4000, max: 5200, currency: 'EUR', period: 'month' },
        requirements: {
          skills: [{ anyOf: ['java', 'Kotlin'], minLevel: 3, importance: 'must' }, { anyOf: ['teamwork'], minLevel: 3, importance: 'nice' }],
          languages: [{ language: 'nl', minLevel: 'B2', importance: 'important' }],
          minYearsExperience: 3,
        },
      }],
    ] as Array<[string, Partial<CreatePosting>]>)('answers what creating produces, and saves nothing: %s', async (_, overrides) => {
      const body = { ...(draftBody() as CreatePosting), ...overrides };
      if (overrides.title) body.hiringManagerIds = [previewManager.user.id];
      const before = await countPostings();
      const previewed = await ok(api.as(recruiter).POST('/api/v1/job-postings/preview', { body }), 200);
      expect(await countPostings()).toBe(before);
      const created = await createDraft(api, recruiter.token, body);
      expect(previewed).toEqual({ title: created.title, description: created.description, salary: created.salary, requirements: created.requirements });
    });

    it('changes the band and the description when the seniority or the language changes', async () => {
      const mid = await ok(api.as(recruiter).POST('/api/v1/job-postings/preview', { body: draftBody() as CreatePosting }), 200);
      const senior = await ok(api.as(recruiter).POST('/api/v1/job-postings/preview', { body: draftBody({ seniority: 'senior' }) as CreatePosting }), 200);
      const english = await ok(api.as(recruiter).POST('/api/v1/job-postings/preview', { body: draftBody({ language: 'en' }) as CreatePosting }), 200);
      expect(senior.salary!.min).toBeGreaterThan(mid.salary!.min);
      expect(mid.description).toMatch(/par mois/);
      expect(english.description).toMatch(/per month/);
      expect(english.salary).toEqual(mid.salary);
    });

    it('validates as the create does: field errors, unknown template, unknown hiring manager', async () => {
      expect(problemFields(await preview(draftBody({ seniority: 'guru' as never, city: '' })), 400).sort()).toEqual(['city', 'seniority']);
      expect((await preview(draftBody({ templateId: 'no-such-template' })).expect(400)).body).toMatchObject({ code: 'unknown_template' });
      expect(problemFields(await preview(draftBody({ hiringManagerIds: [recruiter.user.id] })), 400)).toEqual(['hiringManagerIds']);
      expect(problemFields(await preview(draftBody({ salary: { min: 5000, max: 4000, currency: 'EUR', period: 'month' } })), 400)).toEqual(['salary.min']);
      expect(problemFields(await preview(draftBody({ unexpected: true })), 400)).toEqual(['unexpected']);
    });

    it('is for admins and recruiters only', async () => {
      await preview(draftBody(), admin).expect(200);
      await preview(draftBody(), manager).expect(403);
      await api.post('/job-postings/preview', draftBody()).expect(401);
    });
  });

  describe('GET /job-postings stats and hiringManagerId', () => {
    it('counts each posting’s applications, pending and failed, and dates its last activity, in the org and filter', async () => {
      const busy = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id], city: 'Namur' });
      const quiet = await createDraft(api, recruiter.token, { hiringManagerIds: [otherManager.user.id], city: 'Gent' });
      const candidates = await Promise.all(['Ana', 'Bea', 'Cyd'].map((name) => candidateWithProfile(api, name)));
      const applications = [];
      for (const c of candidates) applications.push(await applyTo(api, c, busy.id));
      // What the worker records on a final failure.
      await platform.db.query(`UPDATE applications SET match_status = 'failed', updated_at = now() WHERE id = $1`, [applications[2].id]);
      const lastChange = (await platform.db.query('SELECT max(updated_at) AS at FROM applications WHERE job_posting_id = $1', [busy.id])).rows[0].at as Date;

      const all = (await list(recruiter)).items as ListItem[];
      const busyItem = all.find((p) => p.id === busy.id)!;
      const quietItem = all.find((p) => p.id === quiet.id)!;
      expect(busyItem.stats).toEqual({ applications: 3, pending: 2, failed: 1, lastActivityAt: lastChange.toISOString() });
      expect(quietItem.stats).toEqual({ applications: 0, pending: 0, failed: 0, lastActivityAt: quiet.updatedAt });
      // The stats agree with the posting's own matching status.
      const status = await ok(api.as(recruiter).GET('/api/v1/job-postings/{id}/matching-status', { params: { path: { id: busy.id } } }), 200);
      expect(status).toMatchObject({ total: 3, pending: 2, failed: 1 });

      const filtered = (await list(recruiter, { hiringManagerId: manager.user.id })).items;
      expect(filtered.map((p) => p.id)).toEqual([busy.id]);
      expect((await list(admin, { hiringManagerId: otherManager.user.id, status: 'draft' })).items.map((p) => p.id)).toEqual([quiet.id]);
      // A hiring manager still sees only their postings, whatever the filter names.
      expect((await list(manager)).items.map((p) => p.id)).toEqual([busy.id]);
      expect((await list(manager, { hiringManagerId: otherManager.user.id })).items).toEqual([]);
      // Another organization sees none of it, even filtering by this organization's manager.
      expect((await list(stranger, { hiringManagerId: manager.user.id })).items).toEqual([]);
      expect(problemFields(await api.get('/job-postings?hiringManagerId=nope', recruiter.token), 400)).toEqual(['hiringManagerId']);
    });
  });
});
