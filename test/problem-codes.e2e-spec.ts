import { randomUUID } from 'node:crypto';
import { declaredErrorCodes } from './support/error-codes';
import { candidateWithProfile, applyTo } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createPublished } from './support/postings';

const TYPE_BASE = 'https://embauche.dev/problems/';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: { type?: unknown; code?: unknown; status?: unknown; title?: unknown; detail?: unknown };
}

/** The answer is a problem with this status and code, and its `type` names the code. */
function expectProblem(res: Answer, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code, type: res.body.type, bodyStatus: res.body.status }).toEqual({
    status,
    code,
    type: `${TYPE_BASE}${code}`,
    bodyStatus: status,
  });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ title: expect.any(String), detail: expect.any(String) });
}

/** Each rule answers with its own code, and the document lists every code the libs declare. */
describe('Problem codes', () => {
  const platform = new Platform({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '15', BODY_LIMIT_BYTES: '65536' } });
  let api: ApiClient;
  let admin: SignedIn;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
  });
  afterAll(() => platform.stop());

  it('tells "posting closed" from "already applied", both 409', async () => {
    const posting = await createPublished(api, admin.token);
    const first = await candidateWithProfile(api, 'First Applicant');
    await applyTo(api, first, posting.id);
    const again = await api.post(`/jobs/${posting.id}/applications`, {}, first.token);
    expectProblem(again, 409, 'already_applied');

    const late = await candidateWithProfile(api, 'Late Applicant');
    await api.post(`/job-postings/${posting.id}/close`, undefined, admin.token).expect(200);
    const closed = await api.post(`/jobs/${posting.id}/applications`, {}, late.token);
    expectProblem(closed, 409, 'posting_closed');
    expect(closed.body.type).not.toBe(again.body.type);
  });

  it('names what was not found, and tells an unknown route apart', async () => {
    expectProblem(await api.get(`/jobs/${randomUUID()}`), 404, 'posting_not_found');
    expectProblem(await api.get(`/applications/${randomUUID()}`, admin.token), 404, 'application_not_found');
    expectProblem(await api.get('/job-templates/no-such-template'), 404, 'template_not_found');
    expectProblem(await api.get('/no-such-route'), 404, 'route_not_found');
  });

  it('gives validation, domain input and cursor errors their codes', async () => {
    expectProblem(await api.post('/auth/signup/candidate', { name: 'X', email: 'not-an-email', password: 'short' }), 400, 'validation_failed');
    expectProblem(await api.get('/jobs/not-a-uuid'), 400, 'validation_failed');
    expectProblem(await api.post('/job-postings', { templateId: 'nope', language: 'fr', country: 'BE', city: 'Liège', seniority: 'mid', remotePolicy: 'hybrid', employmentType: 'full_time' }, admin.token), 400, 'unknown_template');
    expectProblem(await api.get('/jobs?cursor=forged'), 400, 'invalid_cursor');
  });

  it('tells a missing token, a bad token and bad credentials apart (401), and a role the route refuses (403)', async () => {
    expectProblem(await api.get('/auth/me'), 401, 'token_required');
    expectProblem(await api.get('/auth/me', 'not.a.token'), 401, 'token_invalid');
    expectProblem(await api.post('/auth/login', { email: admin.user.email, password: 'wrong password!' }), 401, 'invalid_credentials');
    const candidate = await api.signupCandidate();
    expectProblem(await api.get('/job-postings', candidate.token), 403, 'role_forbidden');
  });

  it('gives the framework’s refusals codes: malformed JSON, 415, 413, hostile input', async () => {
    const malformed = await api.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email":');
    expectProblem(malformed, 400, 'invalid_json');
    const plain = await api.http().post('/api/v1/auth/login').set('Content-Type', 'application/xml').send('<hello/>');
    expectProblem(plain, 415, 'unsupported_media_type');
    const big = await api.http().post('/api/v1/skills/resolve').set('Content-Type', 'application/json').send(JSON.stringify({ names: ['x'.repeat(70_000)] }));
    expectProblem(big, 413, 'payload_too_large');
    expectProblem(await api.get('/skills?q=a%00b'), 400, 'invalid_text');
    let deep = '1';
    for (let i = 0; i < 40; i++) deep = `[${deep}]`;
    const nested = await api.http().post('/api/v1/skills/resolve').set('Content-Type', 'application/json').send(`{"names":${deep}}`);
    expectProblem(nested, 400, 'input_too_deep');
  });

  it('lists every code the libs declare in the document’s ProblemCode enum, referenced by the Problem schema', async () => {
    const doc = (await api.get('/openapi.json').expect(200)).body as {
      components: { schemas: Record<string, { enum?: string[]; properties?: Record<string, { $ref?: string; allOf?: Array<{ $ref: string }> }> }> };
      paths: Record<string, Record<string, { responses: Record<string, { description?: string; content?: Record<string, { examples?: Record<string, unknown> }> }> }>>;
    };
    const listed = doc.components.schemas.ProblemCode.enum ?? [];
    expect([...listed].sort()).toEqual(declaredErrorCodes().map((d) => d.code).sort());
    const code = doc.components.schemas.ProblemResponse.properties?.code;
    expect(code?.$ref ?? code?.allOf?.[0].$ref).toBe('#/components/schemas/ProblemCode');
    const apply = doc.paths['/api/v1/jobs/{id}/applications'].post.responses['409'];
    expect(Object.keys(apply.content?.['application/problem+json']?.examples ?? {})).toEqual(expect.arrayContaining(['posting_closed', 'already_applied', 'profile_required']));
    expect(apply.description).toContain('`already_applied`');
  });

  // Last: it spends the /auth budget of this platform's client address.
  it('answers the rate limit with rate_limited and Retry-After', async () => {
    let last: Answer | undefined;
    for (let i = 0; i < 60 && last?.status !== 429; i++) last = await api.post('/auth/login', { email: 'nobody@example.com', password: 'wrong password!' });
    expectProblem(last!, 429, 'rate_limited');
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });
});
