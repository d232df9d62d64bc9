import { request as httpRequest } from 'node:http';
import { applyTo, candidateWithProfile, profileBody } from './support/candidates';
import { ApiClient, PASSWORD, uniqueEmail, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createDraft, createPublished, draftBody, problemFields, type Posting } from './support/postings';

/** One regression test per class of 500 the contract fuzzer found: each answers a 4xx problem now. */
describe('Hostile input', () => {
  const platform = new Platform();
  let api: ApiClient;
  let admin: SignedIn;
  let candidate: SignedIn;
  let posting: Posting;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
    candidate = await candidateWithProfile(api);
    posting = await createPublished(api, admin.token);
    await applyTo(api, candidate, posting.id);
  }, 120_000);
  afterAll(() => platform.stop());

  const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

  describe('NUL bytes and lone surrogates are refused with a 400 naming the field', () => {
    it('in a JSON body field', async () => {
      const res = await api.post('/auth/signup/organization', { organizationName: 'Acme\u0000', name: 'A', email: uniqueEmail(), password: PASSWORD });
      expect(problemFields(res, 400)).toEqual(['organizationName']);
    });

    it('in query strings', async () => {
      expect(problemFields(await api.get('/jobs?city=%00'), 400)).toEqual(['city']);
      expect(problemFields(await api.get('/jobs?q=a%00b'), 400)).toEqual(['q']);
    });

    it('a lone surrogate in a skill name, in the JSON Resume import and in emails', async () => {
      const skills = [{ name: '\uD800', level: 3 }];
      expect(problemFields(await api.put('/candidates/me/profile', profileBody({ skills }), candidate.token), 400)).toEqual(['skills[0].name']);
      const resume = { basics: { name: 'X' }, skills: [{ name: 'Java\uDC00', level: 'Master' }] };
      expect(problemFields(await api.post('/candidates/me/profile/json-resume', resume, candidate.token), 400)).toEqual(['skills[0].name']);
      const email = 'a\uD800@example.com';
      expect(problemFields(await api.post('/auth/signup/candidate', { name: 'X', email, password: PASSWORD }), 400)).toEqual(['email']);
      expect(problemFields(await api.post('/auth/login', { email, password: PASSWORD }), 400)).toEqual(['email']);
      expect(problemFields(await api.post('/organization/members', { name: 'X', email, password: PASSWORD, role: 'recruiter' }, admin.token), 400)).toEqual(['email']);
    });

    it('the error says what is wrong with the text', async () => {
      const res = await api.post('/skills/resolve', { names: ['ok', 'bad\u0000'] });
      expect(problemFields(res, 400)).toEqual(['names[1]']);
      expect(res.body.errors[0].message).toMatch(/NUL|surrogate|invalid_text/i);
    });
  });

  describe('forged cursors are a 400 on cursor, never a cast error', () => {
    it('on the candidate’s own applications', async () => {
      for (const forged of [cursorOf(['yesterday', 'x']), cursorOf([1, 2]), cursorOf(['2026-01-01T00:00:00.000Z', '------------------------------------']), 'not-base64!']) {
        expect(problemFields(await api.get(`/candidates/me/applications?cursor=${forged}`, candidate.token), 400)).toEqual(['cursor']);
      }
    });

    it('on ranked matches (a uuid of 36 hyphens, an infinite score)', async () => {
      const hyphens = '-'.repeat(36);
      for (const forged of [cursorOf([true, 50, hyphens]), cursorOf([true, 'x', hyphens])]) {
        expect(problemFields(await api.get(`/job-postings/${posting.id}/matches?cursor=${forged}`, admin.token), 400)).toEqual(['cursor']);
      }
      const infinite = Buffer.from(`[true,1e999,"${posting.id}"]`).toString('base64url');
      expect(problemFields(await api.get(`/job-postings/${posting.id}/matches?cursor=${infinite}`, admin.token), 400)).toEqual(['cursor']);
    });
  });

  describe('nested DTOs are validated as the objects they are', () => {
    it('a requirement item given as an array', async () => {
      const skills = [[{ anyOf: ['java'], minLevel: 3, importance: 'must' }]];
      const languages = [[{ language: 'en', minLevel: 'B2', importance: 'must' }]];
      const res = await api.post('/job-postings', draftBody({ requirements: { skills, languages, minYearsExperience: null } }), admin.token);
      expect(problemFields(res, 400)).toEqual(expect.arrayContaining(['requirements.skills', 'requirements.languages']));
    });

    it('profile skills as nested arrays, salary as an array', async () => {
      const res = await api.put('/candidates/me/profile', profileBody({ skills: [[{ name: 'Java' }]], salaryExpectation: [1] }), candidate.token);
      expect(problemFields(res, 400)).toEqual(expect.arrayContaining(['skills', 'salaryExpectation']));
    });
  });

  it('PATCH /organization with blindReview null is a 400, not a not-null violation', async () => {
    expect(problemFields(await api.patch('/organization', { blindReview: null }, admin.token), 400)).toEqual(['blindReview']);
    expect(problemFields(await api.patch('/organization', { name: null }, admin.token), 400)).toEqual(['name']);
  });

  it('bounds the nesting depth of a body before validation', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const send = (method: 'post' | 'patch', path: string, body: string) =>
      api.http()[method](`/api/v1${path}`).set('Authorization', `Bearer ${path.startsWith('/jobs') ? candidate.token : admin.token}`).set('content-type', 'application/json').send(body);
    const draft = await createDraft(api, admin.token);
    for (const [method, path, body] of [
      ['post', '/skills/resolve', `{"names":${deep}}`],
      ['patch', `/job-postings/${draft.id}`, `{"city":${deep}}`],
      ['post', `/jobs/${posting.id}/applications`, `{"coverLetter":${deep}}`],
    ] as const) {
      const res = await send(method, path, body);
      problemFields(res, 400);
      expect(res.body.detail).toMatch(/nest/i);
    }
  });

  describe('errors Fastify answers before the problem filter are problem+json too', () => {
    it('a URL over 16 KB (431)', async () => {
      const res = await raw(platform.baseUrl, `/api/v1/jobs?q=${'a'.repeat(20_000)}`);
      expect(res.status).toBe(431);
      expect(res.contentType).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.body)).toMatchObject({ status: 431, title: expect.any(String), detail: expect.any(String) });
    });

    it('bad percent-encoding in the path (400) and a path parameter over 100 characters (414)', async () => {
      expect(problemFields(await api.get('/jobs/%E0%A4%A'), 400)).toEqual([]);
      expect(problemFields(await api.get(`/jobs/${'a'.repeat(150)}`), 414)).toEqual([]);
    });
  });

  it('the UUID pipe names the parameter that is wrong', async () => {
    expect(problemFields(await api.get(`/job-postings/${posting.id}/sourcing-runs/nope`, admin.token), 400)).toEqual(['runId']);
    expect(problemFields(await api.get('/applications/nope', admin.token), 400)).toEqual(['id']);
  });
});

/** A request supertest cannot make: it refuses nothing, but reads the raw answer of a connection the server closes. */
function raw(baseUrl: string, path: string): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}
