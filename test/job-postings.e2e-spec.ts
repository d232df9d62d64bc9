import { randomUUID } from 'node:crypto';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { allPages, createDraft, createPublished, draftBody, problemFields, type DraftBody, type Posting } from './support/postings';

const ANY_BACKEND_LANGUAGE = ['java', 'python', 'php', 'ruby', 'nodejs'];

// The e2e project's testTimeout is not applied (see the report); API start-up plus argon2 sign-ups can exceed Jest's 5 s default under load.

describe('Job postings (recruiters)', () => {
  const platform = new Platform();
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let candidate: SignedIn;
  let stranger: SignedIn; // admin of another organization
  let strangerRecruiter: SignedIn;
  let strangerManager: SignedIn;
  let templateFr: { missions: string[]; benefits: string[]; benefitsByCountry?: Record<string, string[]> };

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Acme Liège');
    [recruiter, manager, otherManager] = await Promise.all([
      api.addMember(admin, 'recruiter', 'Rita Recruiter'),
      api.addMember(admin, 'hiring_manager', 'Hugo Manager'),
      api.addMember(admin, 'hiring_manager', 'Hilda Manager'),
    ]);
    stranger = await api.signupOrganization('Other Corp');
    [strangerRecruiter, strangerManager] = await Promise.all([api.addMember(stranger, 'recruiter'), api.addMember(stranger, 'hiring_manager')]);
    candidate = await api.signupCandidate();
    templateFr = (await api.get('/job-templates/backend-developer?lang=fr').expect(200)).body;
  });
  afterAll(() => platform.stop());

  const create = (body: unknown, who: SignedIn = recruiter) => api.post('/job-postings', body, who.token);
  const patch = (id: string, body: unknown, who: SignedIn = recruiter) => api.patch(`/job-postings/${id}`, body, who.token);
  const publish = (id: string, who: SignedIn = recruiter) => api.post(`/job-postings/${id}/publish`, undefined, who.token);
  const close = (id: string, who: SignedIn = recruiter) => api.post(`/job-postings/${id}/close`, undefined, who.token);
  const getPosting = (id: string, who: SignedIn = recruiter) => api.get(`/job-postings/${id}`, who.token);
  const draft = (overrides: Partial<DraftBody> = {}, who: SignedIn = recruiter) => createDraft(api, who.token, overrides);

  describe('drafting from the template', () => {
    it('defaults a Belgian mid-level posting in French from the template: band, title, requirements, description', async () => {
      const res = await create(draftBody()).expect(201);
      const p = res.body as Posting;
      expect(p).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organizationId: admin.user.organizationId,
        templateId: 'backend-developer',
        status: 'draft',
        language: 'fr',
        country: 'BE',
        city: 'Liège',
        seniority: 'mid',
        remotePolicy: 'hybrid',
        employmentType: 'full_time',
        salary: { min: 3800, max: 4500, currency: 'EUR', period: 'month' },
        requirementsVersion: 1,
        hiringManagerIds: [],
        publishedAt: null,
      });
      expect(new Date(p.createdAt).toISOString()).toBe(p.createdAt);
      expect(new Date(p.updatedAt).toISOString()).toBe(p.updatedAt);
      // The French, gender-inclusive title.
      expect(p.title).toMatch(/Développeur/);
      expect(p.title).toMatch(/Développeuse|·e|\(H\/F\)|\(F\/H\)/);
      // Requirements: the "any one of" group and SQL and Git as musts; English B2 required.
      expect(p.requirements.skills).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ anyOf: ANY_BACKEND_LANGUAGE, importance: 'must' }),
          expect.objectContaining({ anyOf: ['sql'], importance: 'must' }),
          expect.objectContaining({ anyOf: ['git'], importance: 'must' }),
        ]),
      );
      for (const s of p.requirements.skills) {
        expect(s.minLevel).toBeGreaterThanOrEqual(1);
        expect(s.minLevel).toBeLessThanOrEqual(5);
      }
      expect(p.requirements.languages).toEqual(expect.arrayContaining([{ language: 'en', minLevel: 'B2', importance: 'must' }]));
      // The description, in French: missions, salary, benefits.
      expect(p.description).toContain(p.title);
      expect(p.description).toContain('Liège');
      expect(p.description).toContain(templateFr.missions[0]);
      expect(p.description).toContain(templateFr.missions[templateFr.missions.length - 1]);
      expect(p.description).toMatch(/3\s?800\s*[–-]\s*4\s?500\s*(EUR|€)/);
      expect(p.description).toMatch(/par mois/);
      expect(p.description).toContain(templateFr.benefits[0]);
      expect(p.description).toMatch(/Java, Python, PHP, Ruby ou Node\.js/);
      expect(p.description).not.toMatch(/What you will do|per month/);
      // Stored as returned.
      expect((await getPosting(p.id).expect(200)).body).toEqual(p);
    });

    it('uses the yearly band for France', async () => {
      const p = await draft({ country: 'FR', city: 'Lyon' });
      expect(p.salary).toEqual({ min: 45000, max: 50000, currency: 'EUR', period: 'year' });
      expect(p.description).toMatch(/45\s?000\s*[–-]\s*50\s?000/);
      expect(p.description).toMatch(/par an/);
      const senior = await draft({ country: 'FR', city: 'Lyon', seniority: 'senior' });
      expect(senior.salary).toMatchObject({ period: 'year' });
      expect(senior.salary!.min).toBeGreaterThanOrEqual(p.salary!.max);
    });

    it('writes the title and description in the posting’s language', async () => {
      const templateEn = (await api.get('/job-templates/backend-developer?lang=en').expect(200)).body;
      const en = await draft({ language: 'en', city: 'Brussels' });
      expect(en.title).toMatch(/Back-End Developer/i);
      expect(en.description).toContain(templateEn.missions[0]);
      expect(en.description).toMatch(/per month/);
      const nl = await draft({ language: 'nl', city: 'Gent' });
      expect(nl.title).toContain('(m/v/x)');
      expect(nl.description).toMatch(/per maand/);
      expect(nl.requirements.languages).toEqual(expect.arrayContaining([{ language: 'en', minLevel: 'B2', importance: 'must' }]));
    });

    it('leaves salary null for a country without a band; publishing then answers 409 until a salary is set', async () => {
      const p = await draft({ country: 'DE', city: 'Berlin' });
      expect(p.salary).toBeNull();
      problemFields(await publish(p.id), 409);
      expect((await getPosting(p.id).expect(200)).body.status).toBe('draft');
      const salary = { min: 60000, max: 72000, currency: 'EUR', period: 'year' };
      const patched = await patch(p.id, { salary }).expect(200);
      expect(patched.body.salary).toEqual(salary);
      expect(patched.body.description).toMatch(/60\s?000\s*[–-]\s*72\s?000/);
      const published = await publish(p.id).expect(200);
      expect(published.body).toMatchObject({ status: 'published', salary });
      expect(Date.parse(published.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('refuses to publish a draft whose salary was removed, and to remove the salary of a published posting', async () => {
      const p = await draft();
      expect((await patch(p.id, { salary: null }).expect(200)).body.salary).toBeNull();
      problemFields(await publish(p.id), 409);
      const published = await createPublished(api, recruiter.token);
      problemFields(await patch(published.id, { salary: null }), 409);
      expect((await getPosting(published.id).expect(200)).body).toMatchObject({ status: 'published', salary: published.salary });
    });

    it('lets explicit title, salary and requirements override the defaults', async () => {
      const body = draftBody({
        title: 'Ingénieur·e back-end Node.js',
        salary: { min: 4000, max: 5200, currency: 'EUR', period: 'month' },
        requirements: {
          skills: [
            { anyOf: ['Postgres', 'NodeJS'], minLevel: 4, importance: 'must' },
            { anyOf: ['esprit d’équipe'], minLevel: 2, importance: 'important' },
            { anyOf: ['Frobnicator 3000'], minLevel: 2, importance: 'nice' },
          ],
          languages: [{ language: 'fr', minLevel: 'native', importance: 'must' }],
          minYearsExperience: 3,
        },
      });
      const p = (await create(body).expect(201)).body as Posting;
      expect(p.title).toBe('Ingénieur·e back-end Node.js');
      expect(p.salary).toEqual({ min: 4000, max: 5200, currency: 'EUR', period: 'month' });
      // Known names become canonical ids; an unknown one is kept as a custom skill (normalized text).
      expect(p.requirements).toEqual({
        skills: [
          { anyOf: ['postgresql', 'nodejs'], minLevel: 4, importance: 'must' },
          { anyOf: ['teamwork'], minLevel: 2, importance: 'important' },
          { anyOf: ['frobnicator 3000'], minLevel: 2, importance: 'nice' },
        ],
        languages: [{ language: 'fr', minLevel: 'native', importance: 'must' }],
        minYearsExperience: 3,
      });
      expect(p.description).toContain('Ingénieur·e back-end Node.js');
      expect(p.description).toMatch(/4\s?000\s*[–-]\s*5\s?200/);
      expect(p.description).toMatch(/PostgreSQL ou Node\.js/);
      expect(p.description).not.toContain('Java, Python, PHP, Ruby');
    });

    it('accepts a null salary explicitly, and exactly 100 requirement items', async () => {
      expect((await draft({ salary: null })).salary).toBeNull();
      const skills = Array.from({ length: 100 }, (_, i) => ({ anyOf: [`custom skill ${i}`], minLevel: 1, importance: 'nice' }));
      const p = await draft({ requirements: { skills, languages: [] } });
      expect(p.requirements.skills).toHaveLength(100);
    });

    it('lets admins draft, edit, publish and close too', async () => {
      const p = await draft({}, admin);
      await patch(p.id, { city: 'Namur' }, admin).expect(200);
      await publish(p.id, admin).expect(200);
      expect((await close(p.id, admin).expect(200)).body.status).toBe('closed');
    });
  });

  describe('editing', () => {
    it('re-renders the description from the edited facts', async () => {
      const p = await draft();
      const res = await patch(p.id, { city: 'Namur', remotePolicy: 'remote' }).expect(200);
      expect(res.body).toMatchObject({ city: 'Namur', remotePolicy: 'remote', status: 'draft', requirementsVersion: 2 }); // city and remote policy are scored: the version moves
      expect(res.body.description).toContain('Namur');
      expect(res.body.description).not.toContain('Liège, Belgique');
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(p.updatedAt));
    });

    it('bumps requirementsVersion by one on each change of requirements, and not for identical ones', async () => {
      const p = await draft();
      expect(p.requirementsVersion).toBe(1);
      const v1 = { skills: [{ anyOf: ['postgresql'], minLevel: 3, importance: 'must' }], languages: [{ language: 'en', minLevel: 'B2', importance: 'must' }], minYearsExperience: 2 };
      const first = await patch(p.id, { requirements: v1 }).expect(200);
      expect(first.body.requirementsVersion).toBe(2);
      // The same requirements again (even spelt with an alias) change nothing.
      const same = await patch(p.id, { requirements: { ...v1, skills: [{ anyOf: ['Postgres'], minLevel: 3, importance: 'must' }] } }).expect(200);
      expect(same.body.requirementsVersion).toBe(2);
      expect(same.body.requirements).toEqual(first.body.requirements);
      // Other fields leave the version alone.
      expect((await patch(p.id, { title: 'Backend dev' }).expect(200)).body.requirementsVersion).toBe(2);
      const second = await patch(p.id, { requirements: { ...v1, skills: [{ anyOf: ['postgresql'], minLevel: 4, importance: 'must' }] } }).expect(200);
      expect(second.body.requirementsVersion).toBe(3);
      expect((await getPosting(p.id).expect(200)).body.requirementsVersion).toBe(3);
    });

    it('owns its requirements: editing one posting changes neither another posting nor the template', async () => {
      const before = (await api.get('/job-templates/backend-developer').expect(200)).body.requirements;
      const a = await draft();
      const b = await draft();
      await patch(a.id, { requirements: { skills: [{ anyOf: ['go'], minLevel: 5, importance: 'must' }], languages: [] } }).expect(200);
      expect((await getPosting(b.id).expect(200)).body.requirements).toEqual(b.requirements);
      expect((await api.get('/job-templates/backend-developer').expect(200)).body.requirements).toEqual(before);
      expect((await draft()).requirements).toEqual(b.requirements);
    });

    it('can edit a published posting but refuses any edit of a closed one with 409', async () => {
      const p = await createPublished(api, recruiter.token);
      expect((await patch(p.id, { title: 'Still open' }).expect(200)).body).toMatchObject({ status: 'published', title: 'Still open' });
      await close(p.id).expect(200);
      problemFields(await patch(p.id, { title: 'Too late' }), 409);
      problemFields(await patch(p.id, { requirements: { skills: [], languages: [] } }), 409);
      problemFields(await patch(p.id, { salary: { min: 1, max: 2, currency: 'EUR', period: 'month' } }), 409);
      const after = (await getPosting(p.id).expect(200)).body;
      expect(after).toMatchObject({ title: 'Still open', status: 'closed', requirementsVersion: 1 });
    });

    it('cannot change status or other server-owned fields through PATCH', async () => {
      const p = await draft();
      for (const field of ['status', 'organizationId', 'id', 'requirementsVersion', 'publishedAt', 'createdAt', 'description']) {
        const value = field === 'requirementsVersion' ? 9 : field === 'organizationId' || field === 'id' ? stranger.user.organizationId : field === 'status' ? 'published' : 'x';
        expect(problemFields(await patch(p.id, { [field]: value }), 400)).toContain(field);
      }
      expect((await getPosting(p.id).expect(200)).body).toEqual(p);
    });

    it('answers null for a field that cannot be empty with 400, never 500', async () => {
      const p = await draft();
      for (const field of ['title', 'city', 'country', 'language', 'seniority', 'remotePolicy', 'employmentType', 'templateId', 'requirements', 'hiringManagerIds']) {
        const res = await patch(p.id, { [field]: null });
        expect({ field, status: res.status }).toEqual({ field, status: 400 });
        expect(problemFields(res, 400)).toContain(field);
      }
      expect((await getPosting(p.id).expect(200)).body).toEqual(p);
    });
  });

  describe('lifecycle', () => {
    it('goes draft → published → closed, with 409 for every other transition', async () => {
      const p = await draft();
      problemFields(await close(p.id), 409); // close a draft
      const published = (await publish(p.id).expect(200)).body;
      expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      problemFields(await publish(p.id), 409); // publish twice
      const closed = (await close(p.id).expect(200)).body;
      expect(closed).toMatchObject({ status: 'closed', publishedAt: published.publishedAt });
      problemFields(await publish(p.id), 409); // re-publish a closed posting
      problemFields(await close(p.id), 409); // close twice
      expect((await getPosting(p.id).expect(200)).body.status).toBe('closed');
    });
  });

  describe('validation: every bad input is a 400 naming the field', () => {
    const fieldsOf = async (body: unknown) => problemFields(await create(body), 400);
    const salaryOf = (salary: Record<string, unknown>) => draftBody({ salary: { min: 3800, max: 4500, currency: 'EUR', period: 'month', ...salary } });
    const withSkills = (skills: unknown[], languages: unknown[] = []) => draftBody({ requirements: { skills, languages } });
    const item = (anyOf: string[], extra: Record<string, unknown> = {}) => ({ anyOf, minLevel: 3, importance: 'must', ...extra });

    it('an unknown or malformed template', async () => {
      expect(await fieldsOf(draftBody({ templateId: 'no-such-template' }))).toEqual(['templateId']);
      expect(await fieldsOf(draftBody({ templateId: 'Not a slug!' }))).toContain('templateId');
      const p = await draft();
      expect(problemFields(await patch(p.id, { templateId: 'no-such-template' }), 400)).toEqual(['templateId']);
    });

    it('missing required fields, each named', async () => {
      const fields = await fieldsOf({});
      expect(fields).toEqual(expect.arrayContaining(['templateId', 'language', 'country', 'city', 'seniority', 'remotePolicy', 'employmentType']));
      expect(await fieldsOf(draftBody({ city: '   ' }))).toContain('city');
      expect(await fieldsOf(draftBody({ title: '' }))).toContain('title');
    });

    it('bad enums and codes', async () => {
      expect(await fieldsOf(draftBody({ language: 'de' as DraftBody['language'] }))).toEqual(['language']);
      expect(await fieldsOf(draftBody({ country: 'XX' }))).toEqual(['country']);
      expect(await fieldsOf(draftBody({ country: 'Belgium' }))).toEqual(['country']);
      expect(await fieldsOf(draftBody({ seniority: 'lead' as DraftBody['seniority'] }))).toEqual(['seniority']);
      expect(await fieldsOf(draftBody({ remotePolicy: 'sometimes' as DraftBody['remotePolicy'] }))).toEqual(['remotePolicy']);
      expect(await fieldsOf(draftBody({ employmentType: 'freelance' as DraftBody['employmentType'] }))).toEqual(['employmentType']);
      expect(await fieldsOf(salaryOf({ period: 'week' }))).toEqual(['salary.period']);
      expect(await fieldsOf(salaryOf({ currency: 'euros' }))).toEqual(['salary.currency']);
      expect(await fieldsOf(withSkills([item(['java'], { importance: 'critical' })]))).toEqual(['requirements.skills[0].importance']);
      expect(await fieldsOf(withSkills([], [{ language: 'xx', minLevel: 'B2', importance: 'must' }]))).toEqual(['requirements.languages[0].language']);
    });

    it('salary min > max, and negative, zero or absurd amounts', async () => {
      expect(await fieldsOf(salaryOf({ min: 5000, max: 4000 }))).toEqual(expect.arrayContaining([expect.stringMatching(/^salary(\.min|\.max)?$/)]));
      expect(await fieldsOf(salaryOf({ min: -100 }))).toEqual(['salary.min']);
      expect(await fieldsOf(salaryOf({ min: 0 }))).toEqual(['salary.min']);
      expect(await fieldsOf(salaryOf({ min: -5000, max: -100 }))).toEqual(expect.arrayContaining(['salary.min', 'salary.max']));
      expect(await fieldsOf(salaryOf({ min: 40_000_000, max: 50_000_000, period: 'year' }))).toEqual(expect.arrayContaining([expect.stringMatching(/^salary\.(min|max)$/)]));
      expect(await fieldsOf(salaryOf({ min: 3800, max: 2_000_000, period: 'month' }))).toEqual(['salary.max']);
      expect(await fieldsOf(salaryOf({ min: '3800' }))).toEqual(['salary.min']);
      expect(await fieldsOf(draftBody({ salary: 4000 }))).toEqual(expect.arrayContaining([expect.stringMatching(/^salary/)]));
      // The same rules apply to PATCH.
      const p = await draft();
      expect(problemFields(await patch(p.id, { salary: { min: 5000, max: 4000, currency: 'EUR', period: 'month' } }), 400)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^salary(\.min|\.max)?$/)]),
      );
      expect(problemFields(await patch(p.id, { salary: { min: 1, max: 60_000_000, currency: 'EUR', period: 'year' } }), 400)).toEqual(['salary.max']);
      expect((await getPosting(p.id).expect(200)).body.salary).toEqual(p.salary);
    });

    it('skill levels outside 1–5 and unknown CEFR levels', async () => {
      expect(await fieldsOf(withSkills([item(['java'], { minLevel: 0 })]))).toEqual(['requirements.skills[0].minLevel']);
      expect(await fieldsOf(withSkills([item(['java']), item(['git'], { minLevel: 6 })]))).toEqual(['requirements.skills[1].minLevel']);
      expect(await fieldsOf(withSkills([item(['java'], { minLevel: 2.5 })]))).toEqual(['requirements.skills[0].minLevel']);
      expect(await fieldsOf(withSkills([], [{ language: 'en', minLevel: 'B3', importance: 'must' }]))).toEqual(['requirements.languages[0].minLevel']);
      expect(await fieldsOf(withSkills([], [{ language: 'en', minLevel: 'b2', importance: 'must' }]))).toEqual(['requirements.languages[0].minLevel']);
    });

    it('an empty anyOf', async () => {
      expect(await fieldsOf(withSkills([item(['java']), item([])]))).toEqual(['requirements.skills[1].anyOf']);
      expect(await fieldsOf(withSkills([item(['   '])]))).toEqual([expect.stringMatching(/^requirements\.skills\[0\]\.anyOf/)]);
    });

    it('the same item twice, however spelt', async () => {
      expect(await fieldsOf(withSkills([item(['java', 'python']), item(['java', 'python'])]))).toEqual(['requirements.skills[1]']);
      expect(await fieldsOf(withSkills([item(['Postgres']), item(['git']), item(['PostgreSQL'], { importance: 'nice' })]))).toEqual(['requirements.skills[2]']);
      expect(await fieldsOf(withSkills([item(['java', 'python']), item(['Python', 'Java'])]))).toEqual(['requirements.skills[1]']);
      expect(await fieldsOf(withSkills([item(['My Custom Thing']), item(['my  custom thing'])]))).toEqual(['requirements.skills[1]']);
    });

    it('the same skill twice in one anyOf', async () => {
      expect(await fieldsOf(withSkills([item(['java', 'java'])]))).toEqual(['requirements.skills[0].anyOf[1]']);
      expect(await fieldsOf(withSkills([item(['git']), item(['Postgres', 'mysql', 'postgresql'])]))).toEqual(['requirements.skills[1].anyOf[2]']);
    });

    it('the same language twice', async () => {
      const en = { language: 'en', minLevel: 'B2', importance: 'must' };
      expect(await fieldsOf(withSkills([], [en, { ...en, minLevel: 'C1' }]))).toEqual(['requirements.languages[1].language']);
    });

    it('more than 100 requirement items', async () => {
      const skills = Array.from({ length: 101 }, (_, i) => item([`custom skill ${i}`]));
      expect(await fieldsOf(withSkills(skills))).toEqual(['requirements.skills']);
    });

    it('malformed requirements and unknown fields inside them', async () => {
      expect(await fieldsOf(draftBody({ requirements: { skills: 'java', languages: [] } }))).toContain('requirements.skills');
      expect(await fieldsOf(draftBody({ requirements: { languages: [] } }))).toContain('requirements.skills');
      expect(await fieldsOf(withSkills([{ ...item(['java']), weight: 3 }]))).toEqual(['requirements.skills[0].weight']);
      expect(await fieldsOf(draftBody({ requirements: { skills: [], languages: [], minYearsExperience: -1 } }))).toEqual(['requirements.minYearsExperience']);
    });

    it('the same rules on PATCH, and the posting is left untouched', async () => {
      const p = await draft();
      expect(problemFields(await patch(p.id, { requirements: { skills: [item([])], languages: [] } }), 400)).toEqual(['requirements.skills[0].anyOf']);
      expect(problemFields(await patch(p.id, { requirements: { skills: [item(['go']), item(['Go'])], languages: [] } }), 400)).toEqual(['requirements.skills[1]']);
      expect(problemFields(await patch(p.id, { seniority: 'guru' }), 400)).toEqual(['seniority']);
      const after = (await getPosting(p.id).expect(200)).body;
      expect(after).toEqual(p);
    });

    it('hiringManagerIds that are not hiring managers of the organization', async () => {
      const named = async (ids: string[]) => fieldsOf(draftBody({ hiringManagerIds: ids }));
      expect(await named([manager.user.id, recruiter.user.id])).toEqual(['hiringManagerIds']);
      expect(await named([admin.user.id])).toEqual(['hiringManagerIds']);
      expect(await named([strangerManager.user.id])).toEqual(['hiringManagerIds']);
      expect(await named([randomUUID()])).toEqual(['hiringManagerIds']);
      expect(await named([candidate.user.id])).toEqual(['hiringManagerIds']);
      expect(await named([manager.user.id, manager.user.id])).toEqual(['hiringManagerIds']);
      expect(await named(['not-a-uuid'])).toEqual([expect.stringMatching(/^hiringManagerIds/)]);
      expect(await fieldsOf(draftBody({ hiringManagerIds: manager.user.id }))).toEqual([expect.stringMatching(/^hiringManagerIds/)]);
      const p = await draft();
      expect(problemFields(await patch(p.id, { hiringManagerIds: [strangerManager.user.id] }), 400)).toEqual(['hiringManagerIds']);
      // And the valid case, for contrast.
      expect((await draft({ hiringManagerIds: [manager.user.id, otherManager.user.id] })).hiringManagerIds.sort()).toEqual([manager.user.id, otherManager.user.id].sort());
    });

    it('unknown fields, including server-owned ones', async () => {
      for (const field of ['status', 'organizationId', 'id', 'requirementsVersion', 'publishedAt', 'description', 'whatever']) {
        const value = field === 'requirementsVersion' ? 2 : field === 'status' ? 'published' : field === 'id' || field === 'organizationId' ? stranger.user.organizationId : 'x';
        expect(await fieldsOf(draftBody({ [field]: value }))).toEqual([field]);
      }
      const all = await fieldsOf(draftBody({ status: 'published', organizationId: stranger.user.organizationId, id: randomUUID() }));
      expect(new Set(all)).toEqual(new Set(['status', 'organizationId', 'id']));
    });

    it('malformed JSON and non-object bodies', async () => {
      problemFields(await api.http().post('/api/v1/job-postings').set('Authorization', `Bearer ${recruiter.token}`).set('content-type', 'application/json').send('{"templateId": '), 400);
      problemFields(await api.http().post('/api/v1/job-postings').set('Authorization', `Bearer ${recruiter.token}`).set('content-type', 'application/json').send('[1]'), 400);
    });

    it('a path id that is not a UUID (400, never 500); an unknown UUID is a 404', async () => {
      for (const res of [await getPosting('not-a-uuid'), await patch('123', { title: 'x' }), await publish('nope'), await close("1' OR '1'='1")]) {
        expect(problemFields(res, 400)).toEqual(['id']);
      }
      const missing = randomUUID();
      for (const res of [await getPosting(missing), await patch(missing, { title: 'x' }), await publish(missing), await close(missing)]) problemFields(res, 404);
    });

    it('list parameters', async () => {
      expect(problemFields(await api.get('/job-postings?status=archived', recruiter.token), 400)).toEqual(['status']);
      expect(problemFields(await api.get('/job-postings?limit=0', recruiter.token), 400)).toEqual(['limit']);
      expect(problemFields(await api.get('/job-postings?limit=101', recruiter.token), 400)).toEqual(['limit']);
      expect(problemFields(await api.get('/job-postings?limit=abc', recruiter.token), 400)).toEqual(['limit']);
      expect(problemFields(await api.get('/job-postings?cursor=garbage!!', recruiter.token), 400)).toEqual(['cursor']);
      const wellFormedButWrong = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
      expect(problemFields(await api.get(`/job-postings?cursor=${wellFormedButWrong}`, recruiter.token), 400)).toEqual(['cursor']);
      const wrongTypes = Buffer.from(JSON.stringify([{}, 42])).toString('base64url');
      expect(problemFields(await api.get(`/job-postings?cursor=${wrongTypes}`, recruiter.token), 400)).toEqual(['cursor']);
    });
  });

  describe('roles and organization scoping', () => {
    it('answers 401 without a token', async () => {
      problemFields(await api.post('/job-postings', draftBody()), 401);
      problemFields(await api.get('/job-postings'), 401);
    });

    it('refuses candidates with 403 everywhere', async () => {
      const p = await draft();
      problemFields(await create(draftBody(), candidate), 403);
      problemFields(await api.get('/job-postings', candidate.token), 403);
      problemFields(await getPosting(p.id, candidate), 403);
      problemFields(await patch(p.id, { title: 'x' }, candidate), 403);
      problemFields(await publish(p.id, candidate), 403);
      problemFields(await close(p.id, candidate), 403);
    });

    it('lets a hiring manager read only the postings assigned to them, and change nothing', async () => {
      const assigned = await draft({ hiringManagerIds: [manager.user.id] });
      const notAssigned = await draft({ hiringManagerIds: [otherManager.user.id] });
      const nobody = await draft();
      problemFields(await create(draftBody(), manager), 403);
      expect((await getPosting(assigned.id, manager).expect(200)).body).toEqual(assigned);
      problemFields(await getPosting(notAssigned.id, manager), 404);
      problemFields(await getPosting(nobody.id, manager), 404);
      const { items } = await allPages<Posting>((cursor) => api.get(`/job-postings?limit=100${cursor ? `&cursor=${cursor}` : ''}`, manager.token));
      const ids = items.map((p) => p.id);
      expect(ids).toContain(assigned.id);
      expect(ids).not.toContain(notAssigned.id);
      expect(ids).not.toContain(nobody.id);
      expect(items.every((p) => p.hiringManagerIds.includes(manager.user.id))).toBe(true);
      problemFields(await patch(assigned.id, { title: 'x' }, manager), 403);
      problemFields(await publish(assigned.id, manager), 403);
      problemFields(await close(assigned.id, manager), 403);
      // Reassigning takes the posting away from them.
      await patch(assigned.id, { hiringManagerIds: [otherManager.user.id] }).expect(200);
      problemFields(await getPosting(assigned.id, manager), 404);
      await getPosting(assigned.id, otherManager).expect(200);
    });

    it('hides a posting from another organization entirely (404, never listed)', async () => {
      const p = await draft({ hiringManagerIds: [manager.user.id] });
      const published = await createPublished(api, recruiter.token);
      for (const who of [stranger, strangerRecruiter]) {
        problemFields(await getPosting(p.id, who), 404);
        problemFields(await patch(p.id, { title: 'Hijacked' }, who), 404);
        problemFields(await publish(p.id, who), 404);
        problemFields(await close(published.id, who), 404);
        problemFields(await getPosting(published.id, who), 404);
        const { items } = await allPages<Posting>((cursor) => api.get(`/job-postings?limit=100${cursor ? `&cursor=${cursor}` : ''}`, who.token));
        expect(items.every((i) => i.organizationId === stranger.user.organizationId)).toBe(true);
        expect(items.map((i) => i.id)).not.toContain(p.id);
      }
      problemFields(await getPosting(p.id, strangerManager), 404);
      // Nothing changed.
      expect((await getPosting(p.id).expect(200)).body).toEqual(p);
      expect((await getPosting(published.id).expect(200)).body.status).toBe('published');
      // The 404 is the same as for a posting that never existed.
      const missing = await getPosting(randomUUID(), stranger);
      const hidden = await getPosting(p.id, stranger);
      expect({ ...hidden.body, requestId: undefined }).toEqual({ ...missing.body, requestId: undefined });
    });
  });

  describe('listing', () => {
    it('pages with limit and cursor, newest first, each posting exactly once, even with equal creation times', async () => {
      const owner = await api.signupOrganization('Paging Org');
      const created: Posting[] = [];
      for (let i = 0; i < 9; i++) created.push(await draft({ city: `City ${i}` }, owner));
      // Several postings created in the same millisecond: the page boundary must fall among them safely.
      await platform.db.query('UPDATE job_postings SET created_at = $1 WHERE id = ANY($2)', ['2030-01-01T00:00:00.000Z', created.slice(2, 7).map((p) => p.id)]);
      const { items, pages } = await allPages<Posting>((cursor) => api.get(`/job-postings?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, owner.token));
      expect(pages).toBe(5);
      const ids = items.map((p) => p.id);
      expect(ids).toHaveLength(9);
      expect(new Set(ids)).toEqual(new Set(created.map((p) => p.id)));
      const times = items.map((p) => Date.parse(p.createdAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times); // newest first
      // Default page size and the first page only.
      const first = await api.get('/job-postings', owner.token).expect(200);
      expect(first.body.items).toHaveLength(9);
      expect(first.body.nextCursor).toBeNull();
    });

    it('stays stable when a posting is inserted between two pages', async () => {
      const owner = await api.signupOrganization('Concurrent Org');
      const created: Posting[] = [];
      for (let i = 0; i < 5; i++) created.push(await draft({}, owner));
      const page1 = await api.get('/job-postings?limit=2', owner.token).expect(200);
      const late = await draft({}, owner);
      const rest = await allPages<Posting>((cursor) => api.get(`/job-postings?limit=2&cursor=${encodeURIComponent(cursor ?? page1.body.nextCursor)}`, owner.token));
      const ids = [...page1.body.items, ...rest.items].map((p: Posting) => p.id);
      expect(ids.sort()).toEqual(created.map((p) => p.id).sort());
      expect(ids).not.toContain(late.id);
    });

    it('filters by status', async () => {
      const owner = await api.signupOrganization('Status Org');
      const drafted = await draft({}, owner);
      const published = await createPublished(api, owner.token);
      const closed = await createPublished(api, owner.token);
      await close(closed.id, owner).expect(200);
      const idsFor = async (status: string) => (await api.get(`/job-postings?status=${status}`, owner.token).expect(200)).body.items.map((p: Posting) => p.id);
      expect(await idsFor('draft')).toEqual([drafted.id]);
      expect(await idsFor('published')).toEqual([published.id]);
      expect(await idsFor('closed')).toEqual([closed.id]);
      const all = (await api.get('/job-postings', owner.token).expect(200)).body.items.map((p: Posting) => p.id);
      expect(new Set(all)).toEqual(new Set([drafted.id, published.id, closed.id]));
      // A hiring manager's list filters by status too.
      const hm = await api.addMember(owner, 'hiring_manager');
      await patch(published.id, { hiringManagerIds: [hm.user.id] }, owner).expect(200);
      await patch(drafted.id, { hiringManagerIds: [hm.user.id] }, owner).expect(200);
      expect((await api.get('/job-postings?status=published', hm.token).expect(200)).body.items.map((p: Posting) => p.id)).toEqual([published.id]);
    });
  });
});
