import { randomUUID } from 'node:crypto';
import type { JobPosting, WithContext } from 'schema-dts';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { allPages, createDraft, createPublished, problemFields, type DraftBody, type Posting } from './support/postings';

/** One node of a schema.org property value, narrowed by its @type; the test fails on anything else (text, list, reference). */
type Single<V> = V extends readonly (infer U)[] ? U : V;
function nodeOf<V, K extends string>(value: V, type: K): Extract<Single<V>, { '@type': K }> {
  expect(value).toEqual(expect.objectContaining({ '@type': type }));
  return value as Extract<Single<V>, { '@type': K }>;
}

// The e2e project's testTimeout is not applied (see the report); API start-up plus argon2 sign-ups can exceed Jest's 5 s default under load.

describe('Public job board', () => {
  const platform = new Platform();
  let api: ApiClient;
  let acme: SignedIn; // admin of "Acme Liège"
  let beta: SignedIn; // recruiter of "Beta Paris"

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    acme = await api.signupOrganization('Acme Liège');
    beta = await api.addMember(await api.signupOrganization('Beta Paris'), 'recruiter');
  });
  afterAll(() => platform.stop());

  const publishAs = (who: SignedIn, overrides: Partial<DraftBody> = {}) => createPublished(api, who.token, overrides);
  const close = (p: Posting, who: SignedIn) => api.post(`/job-postings/${p.id}/close`, undefined, who.token).expect(200);
  /** Every id on the board for `query`, following every page. */
  const boardIds = async (query: string, limit = 100): Promise<string[]> => {
    const { items } = await allPages<Posting>((cursor) => api.get(`/jobs?limit=${limit}${query ? `&${query}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
    const ids = items.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length); // never twice
    expect(items.every((p) => p.status === 'published')).toBe(true);
    return ids;
  };
  const board = async (query: string): Promise<Posting[]> => {
    const { items } = await allPages<Posting>((cursor) => api.get(`/jobs?limit=100&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
    return items;
  };

  describe('what is listed', () => {
    it('shows the published postings of every organization and nothing else, to anyone', async () => {
      const acmeDraft = await createDraft(api, acme.token);
      const acmePublished = await publishAs(acme);
      const acmeClosed = await publishAs(acme);
      await close(acmeClosed, acme);
      const betaPublished = await publishAs(beta, { country: 'FR', city: 'Paris' });
      const ids = await boardIds('');
      expect(ids).toEqual(expect.arrayContaining([acmePublished.id, betaPublished.id]));
      expect(ids).not.toContain(acmeDraft.id);
      expect(ids).not.toContain(acmeClosed.id);
      // A signed-in candidate sees the same board.
      const candidate = await api.signupCandidate();
      const asCandidate = await api.get('/jobs?limit=100', candidate.token).expect(200);
      expect(asCandidate.body.items.map((p: Posting) => p.id)).toEqual(expect.arrayContaining([acmePublished.id, betaPublished.id]));
    });

    it('GET /jobs/{id} returns a published posting and 404 for drafts, closed and unknown ones', async () => {
      const published = await publishAs(acme);
      const own = (await api.get(`/job-postings/${published.id}`, acme.token).expect(200)).body;
      const res = await api.get(`/jobs/${published.id}`).expect(200);
      expect(res.body).toMatchObject({ id: published.id, status: 'published', title: own.title, description: own.description, salary: own.salary, requirements: own.requirements, publishedAt: own.publishedAt });
      const draft = await createDraft(api, acme.token);
      problemFields(await api.get(`/jobs/${draft.id}`), 404);
      const closed = await publishAs(acme);
      await close(closed, acme);
      problemFields(await api.get(`/jobs/${closed.id}`), 404);
      problemFields(await api.get(`/jobs/${randomUUID()}`), 404);
      expect(problemFields(await api.get('/jobs/not-a-uuid'), 400)).toEqual(['id']);
      // Drafts and closed postings stay hidden even from their own organization on the public routes.
      problemFields(await api.get(`/jobs/${draft.id}`, acme.token), 404);
    });
  });

  describe('filters', () => {
    let liege: Posting; // BE, Liège, hybrid, mid, template requirements (PostgreSQL or MySQL)
    let paris: Posting; // FR, Paris, remote, senior, MongoDB only, "Zanzibar" in the title
    let gent: Posting; // BE, Gent, onsite, junior, a custom skill
    let liegeDraft: Posting;

    beforeAll(async () => {
      liege = await publishAs(acme);
      paris = await publishAs(beta, {
        country: 'FR',
        city: 'Paris',
        remotePolicy: 'remote',
        seniority: 'senior',
        title: 'Développeur·euse Zanzibar back-end',
        requirements: { skills: [{ anyOf: ['MongoDB'], minLevel: 3, importance: 'must' }], languages: [] },
      });
      gent = await publishAs(acme, {
        language: 'nl',
        city: 'Gent',
        remotePolicy: 'onsite',
        seniority: 'junior',
        requirements: { skills: [{ anyOf: ['Frobnicator 3000'], minLevel: 2, importance: 'must' }], languages: [] },
      });
      liegeDraft = await createDraft(api, acme.token);
    });

    const expectBoard = async (query: string, included: Posting[], excluded: Posting[]) => {
      const ids = await boardIds(query);
      expect(ids).toEqual(expect.arrayContaining(included.map((p) => p.id)));
      for (const p of [...excluded, liegeDraft]) expect(ids).not.toContain(p.id);
    };

    it('q finds words of the title and of the description', async () => {
      await expectBoard('q=zanzibar', [paris], [liege, gent]);
      await expectBoard('q=ZANZIBAR', [paris], [liege, gent]);
      // "frobnicator" is only in Gent's description (its custom skill), not in its title.
      expect(gent.title.toLowerCase()).not.toContain('frobnicator');
      await expectBoard('q=frobnicator', [gent], [liege, paris]);
      await expectBoard(`q=${encodeURIComponent('zanzibar frobnicator')}`, [], [liege, paris, gent]); // every word must match
      expect(await boardIds('q=qwxzyvnonexistent')).toEqual([]);
    });

    it('takes any text in q, skill and city without a 500 (search syntax, quotes, punctuation)', async () => {
      for (const text of ['"zanzibar', 'zanzibar -liège', 'a & b | !c', 'zanz:*', "'; DROP TABLE job_postings; --", '!!!', '()', 'OR']) {
        for (const param of ['q', 'skill', 'city']) {
          const res = await api.get(`/jobs?${param}=${encodeURIComponent(text)}`);
          expect({ param, text, status: res.status }).toEqual({ param, text, status: 200 });
        }
      }
      await expectBoard(`q=${encodeURIComponent('"zanzibar')}`, [paris], [liege, gent]);
    });

    it('skill finds a posting by skill id or by any alias', async () => {
      for (const skill of ['postgresql', 'Postgres', 'postgres', 'PostgreSQL', 'pgsql']) {
        await expectBoard(`skill=${encodeURIComponent(skill)}`, [liege], [paris, gent]);
      }
      await expectBoard('skill=mongo', [liege, paris], [gent]); // the template lists MongoDB as a plus
      await expectBoard(`skill=${encodeURIComponent('Frobnicator 3000')}`, [gent], [liege, paris]); // a custom skill
      await expectBoard(`skill=${encodeURIComponent('frobnicator-3000')}`, [gent], [liege, paris]);
      expect(await boardIds('skill=nosuchskillanywhere')).toEqual([]);
    });

    it('country', async () => {
      await expectBoard('country=BE', [liege, gent], [paris]);
      await expectBoard('country=FR', [paris], [liege, gent]);
      expect((await board('country=BE')).every((p) => p.country === 'BE')).toBe(true);
      expect(problemFields(await api.get('/jobs?country=XX'), 400)).toEqual(['country']);
    });

    it('city, case- and accent-insensitively', async () => {
      for (const city of ['liege', 'LIÈGE', 'Liège', 'LIEGE', ' liège ']) {
        await expectBoard(`city=${encodeURIComponent(city)}`, [liege], [paris, gent]);
      }
      await expectBoard('city=gent', [gent], [liege, paris]);
      expect((await board('city=liege')).every((p) => p.city.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() === 'liege')).toBe(true);
      expect(await boardIds('city=lie')).not.toContain(liege.id); // the whole name, not a prefix
    });

    it('remotePolicy and seniority', async () => {
      await expectBoard('remotePolicy=remote', [paris], [liege, gent]);
      await expectBoard('remotePolicy=onsite', [gent], [liege, paris]);
      await expectBoard('remotePolicy=hybrid', [liege], [paris, gent]);
      await expectBoard('seniority=junior', [gent], [liege, paris]);
      await expectBoard('seniority=senior', [paris], [liege, gent]);
      await expectBoard('seniority=mid', [liege], [paris, gent]);
      expect((await board('remotePolicy=remote')).every((p) => p.remotePolicy === 'remote')).toBe(true);
      expect(problemFields(await api.get('/jobs?remotePolicy=sometimes'), 400)).toEqual(['remotePolicy']);
      expect(problemFields(await api.get('/jobs?seniority=lead'), 400)).toEqual(['seniority']);
    });

    it('combines filters', async () => {
      await expectBoard('country=BE&city=liege&skill=Postgres&seniority=mid&remotePolicy=hybrid', [liege], [paris, gent]);
      await expectBoard('country=FR&city=liege', [], [liege, paris, gent]);
      await expectBoard('skill=Postgres&seniority=junior', [], [liege, paris, gent]);
    });

    it('drops a posting from every filter once it is closed', async () => {
      const p = await publishAs(acme, { city: 'Mons' });
      await expectBoard('city=mons', [p], []);
      await close(p, acme);
      expect(await boardIds('city=mons')).not.toContain(p.id);
    });
  });

  describe('paging', () => {
    it('returns every posting exactly once across pages, even when a page boundary falls among equal publication times', async () => {
      const owner = await api.signupOrganization('Quokka Jobs');
      const created: Posting[] = [];
      for (let i = 0; i < 9; i++) created.push(await publishAs(owner, { title: `Quokka back-end ${i}` }));
      // Five postings published at the very same instant (that of the middle one): the limit=2 pages cut through them twice.
      const tied = created.slice(2, 7);
      await platform.db.query('UPDATE job_postings SET published_at = $1 WHERE id = ANY($2)', [created[4].publishedAt, tied.map((p) => p.id)]);

      const { items, pages } = await allPages<Posting>((cursor) => api.get(`/jobs?q=quokka&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`));
      expect(pages).toBe(5);
      const ids = items.map((p) => p.id);
      expect(ids).toHaveLength(created.length);
      expect([...ids].sort()).toEqual(created.map((p) => p.id).sort());
      const times = items.map((p) => Date.parse(p.publishedAt!));
      expect([...times].sort((a, b) => b - a)).toEqual(times); // newest first
      expect(items.filter((p) => p.publishedAt === created[4].publishedAt).map((p) => p.id).sort()).toEqual(tied.map((p) => p.id).sort());

      // The unfiltered board, two by two, holds each of them exactly once too (boardIds checks there are no repeats).
      const all = await boardIds('', 2);
      for (const p of created) expect(all.filter((id) => id === p.id)).toHaveLength(1);
    });

    it('is stable when a posting is published between two pages', async () => {
      const owner = await api.signupOrganization('Wombat Jobs');
      const created: Posting[] = [];
      for (let i = 0; i < 5; i++) created.push(await publishAs(owner, { title: `Wombat back-end ${i}` }));
      const first = await api.get('/jobs?q=wombat&limit=2').expect(200);
      expect(first.body.items).toHaveLength(2);
      const late = await publishAs(owner, { title: 'Wombat back-end late' });
      const rest = await allPages<Posting>((cursor) => api.get(`/jobs?q=wombat&limit=2&cursor=${encodeURIComponent(cursor ?? first.body.nextCursor)}`));
      const ids = [...first.body.items, ...rest.items].map((p: Posting) => p.id);
      expect([...ids].sort()).toEqual(created.map((p) => p.id).sort());
      expect(ids).not.toContain(late.id);
    });

    it('answers a tampered cursor or a bad limit with 400', async () => {
      const { body } = await api.get('/jobs?limit=1').expect(200);
      expect(body.nextCursor).toEqual(expect.any(String));
      const cursor: string = body.nextCursor;
      const tampered = [
        'garbage!!',
        `${cursor.slice(0, -3)}xyz`,
        Buffer.from('not json').toString('base64url'),
        Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000Z'])).toString('base64url'),
        Buffer.from(JSON.stringify(['yesterday', randomUUID()])).toString('base64url'),
        Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url'),
        Buffer.from(JSON.stringify([{}, 42])).toString('base64url'),
        Buffer.from(JSON.stringify({ at: 1 })).toString('base64url'),
      ];
      for (const bad of tampered) {
        const res = await api.get(`/jobs?cursor=${encodeURIComponent(bad)}`);
        expect({ cursor: bad, fields: problemFields(res, 400) }).toEqual({ cursor: bad, fields: ['cursor'] });
      }
      expect(problemFields(await api.get('/jobs?limit=0'), 400)).toEqual(['limit']);
      expect(problemFields(await api.get('/jobs?limit=101'), 400)).toEqual(['limit']);
      await api.get(`/jobs?cursor=${encodeURIComponent(cursor)}`).expect(200); // the genuine one still works
    });
  });

  describe('GET /jobs/{id}/schema-org', () => {
    const jsonLd = async (id: string): Promise<WithContext<JobPosting>> => {
      const res = await api.get(`/jobs/${id}/schema-org`).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
      const body: WithContext<JobPosting> = res.body;
      return body;
    };

    it('describes a Belgian hybrid posting with everything Google for Jobs requires', async () => {
      const p = await publishAs(acme);
      const ld = await jsonLd(p.id);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('JobPosting');
      expect(ld.title).toBe(p.title);
      expect(ld.description).toEqual(expect.any(String));
      expect(ld.description).toContain('Vos missions'); // the rendered description, as HTML
      expect(ld.description).not.toMatch(/^#|\n## /); // not raw Markdown
      expect(Date.parse(ld.datePosted as string)).toBe(Date.parse(p.publishedAt!));
      expect(Date.parse(ld.validThrough as string)).toBeGreaterThan(Date.parse(p.publishedAt!));
      expect(ld.employmentType).toBe('FULL_TIME');
      expect(nodeOf(ld.hiringOrganization, 'Organization').name).toBe('Acme Liège');
      const address = nodeOf(nodeOf(ld.jobLocation, 'Place').address, 'PostalAddress');
      expect(address.addressLocality).toBe('Liège');
      expect(address.addressCountry).toBe('BE');
      const salary = nodeOf(ld.baseSalary, 'MonetaryAmount');
      expect(salary.currency).toBe('EUR');
      const value = nodeOf(salary.value, 'QuantitativeValue');
      expect({ min: value.minValue, max: value.maxValue, unit: value.unitText }).toEqual({ min: 3800, max: 4500, unit: 'MONTH' });
      expect(ld.jobLocationType).toBeUndefined(); // hybrid is not telecommute
      expect(ld.directApply).toBe(true);
      // Recommended properties the data allows.
      expect(ld.skills).toEqual(expect.stringContaining('PostgreSQL'));
      expect(nodeOf(ld.experienceRequirements, 'OccupationalExperienceRequirements').monthsOfExperience).toBe(24);
      expect(ld.educationRequirements).toBeDefined();
    });

    it('gives a yearly band for France, TELECOMMUTE for a remote posting and Google’s employment type', async () => {
      const p = await publishAs(beta, { country: 'FR', city: 'Paris', remotePolicy: 'remote', employmentType: 'part_time' });
      const ld = await jsonLd(p.id);
      const value = nodeOf(nodeOf(ld.baseSalary, 'MonetaryAmount').value, 'QuantitativeValue');
      expect({ min: value.minValue, max: value.maxValue, unit: value.unitText }).toEqual({ min: 45000, max: 50000, unit: 'YEAR' });
      expect(ld.jobLocationType).toBe('TELECOMMUTE');
      expect(ld.employmentType).toBe('PART_TIME');
      expect(nodeOf(ld.hiringOrganization, 'Organization').name).toBe('Beta Paris');
      expect(nodeOf(nodeOf(ld.jobLocation, 'Place').address, 'PostalAddress')).toMatchObject({ addressLocality: 'Paris', addressCountry: 'FR' });
      const contract = await publishAs(beta, { country: 'FR', city: 'Lyon', employmentType: 'contract' });
      expect((await jsonLd(contract.id)).employmentType).toBe('CONTRACTOR');
      const internship = await publishAs(beta, { country: 'FR', city: 'Lyon', employmentType: 'internship', seniority: 'junior' });
      expect((await jsonLd(internship.id)).employmentType).toBe('INTERN');
    });

    it('reflects an edit of the published posting', async () => {
      const p = await publishAs(acme);
      await api.patch(`/job-postings/${p.id}`, { title: 'Back-end Rust', salary: { min: 5000, max: 6000, currency: 'EUR', period: 'month' } }, acme.token).expect(200);
      const ld = await jsonLd(p.id);
      expect(ld.title).toBe('Back-end Rust');
      const value = nodeOf(nodeOf(ld.baseSalary, 'MonetaryAmount').value, 'QuantitativeValue');
      expect([value.minValue, value.maxValue]).toEqual([5000, 6000]);
    });

    it('is a 404 for drafts, closed and unknown postings, a 400 for a malformed id', async () => {
      const draft = await createDraft(api, acme.token);
      problemFields(await api.get(`/jobs/${draft.id}/schema-org`), 404);
      const closed = await publishAs(acme);
      await close(closed, acme);
      problemFields(await api.get(`/jobs/${closed.id}/schema-org`), 404);
      problemFields(await api.get(`/jobs/${randomUUID()}/schema-org`), 404);
      expect(problemFields(await api.get('/jobs/1234/schema-org'), 400)).toEqual(['id']);
    });
  });

  it('Done when: a recruiter drafts a mid hybrid Liège offer in French, adjusts it, publishes it, finds it by "Postgres" and "liege", gets its JSON-LD, closes it', async () => {
    const admin = await api.signupOrganization('Liège Digital');
    const recruiter = await api.addMember(admin, 'recruiter');

    // The template shows the derived mid band for Belgium.
    const template = (await api.get('/job-templates/backend-developer?lang=fr').expect(200)).body;
    expect(template.salaryBands).toEqual(expect.arrayContaining([expect.objectContaining({ country: 'BE', seniority: 'mid', min: 3800, max: 4500, period: 'month', derived: true })]));

    // Draft: the band and the French description come from the template.
    const drafted = await api
      .post('/job-postings', { templateId: 'backend-developer', language: 'fr', country: 'BE', city: 'Liège', seniority: 'mid', remotePolicy: 'hybrid', employmentType: 'full_time' }, recruiter.token)
      .expect(201);
    const posting: Posting = drafted.body;
    expect(posting).toMatchObject({ status: 'draft', salary: { min: 3800, max: 4500, currency: 'EUR', period: 'month' }, requirementsVersion: 1 });
    expect(posting.description).toContain(template.missions[0]);
    expect(posting.description).toMatch(/3\s?800\s*[–-]\s*4\s?500 EUR brut par mois/);

    // Adjust the requirements: PostgreSQL (spelt "Postgres") becomes a must.
    const skills = posting.requirements.skills.filter((s) => !s.anyOf.includes('postgresql'));
    const adjusted = await api
      .patch(`/job-postings/${posting.id}`, { requirements: { ...posting.requirements, skills: [...skills, { anyOf: ['Postgres'], minLevel: 3, importance: 'must' }] } }, recruiter.token)
      .expect(200);
    expect(adjusted.body.requirementsVersion).toBe(2);
    expect(adjusted.body.requirements.skills).toContainEqual({ anyOf: ['postgresql'], minLevel: 3, importance: 'must' });
    expect(adjusted.body.description).toMatch(/- PostgreSQL \(niveau 3\/5\)/);

    // Publish, and find it on the public board by skill and city.
    const published = await api.post(`/job-postings/${posting.id}/publish`, undefined, recruiter.token).expect(200);
    expect(published.body.status).toBe('published');
    expect(await boardIds('skill=Postgres&city=liege')).toContain(posting.id);
    expect(await boardIds('skill=Postgres')).toContain(posting.id);
    expect(await boardIds('city=liege')).toContain(posting.id);
    const onBoard = (await api.get(`/jobs/${posting.id}`).expect(200)).body;
    expect(onBoard).toMatchObject({ id: posting.id, title: posting.title, city: 'Liège', salary: posting.salary });

    // Valid JSON-LD.
    const ld = await jsonLdOf(posting.id);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', title: posting.title, employmentType: 'FULL_TIME', directApply: true });
    expect(nodeOf(nodeOf(ld.jobLocation, 'Place').address, 'PostalAddress').addressLocality).toBe('Liège');
    expect(nodeOf(nodeOf(ld.baseSalary, 'MonetaryAmount').value, 'QuantitativeValue')).toMatchObject({ minValue: 3800, maxValue: 4500, unitText: 'MONTH' });
    expect(nodeOf(ld.hiringOrganization, 'Organization').name).toBe('Liège Digital');

    // Close: gone from the board.
    await api.post(`/job-postings/${posting.id}/close`, undefined, recruiter.token).expect(200);
    expect(await boardIds('skill=Postgres&city=liege')).not.toContain(posting.id);
    problemFields(await api.get(`/jobs/${posting.id}`), 404);
    problemFields(await api.get(`/jobs/${posting.id}/schema-org`), 404);
  });

  async function jsonLdOf(id: string): Promise<WithContext<JobPosting>> {
    const res = await api.get(`/jobs/${id}/schema-org`).expect(200);
    const body: WithContext<JobPosting> = res.body;
    return body;
  }
});
