import { ApiClient, PASSWORD, uniqueEmail } from './support/factories';
import { eventually } from './support/matching';
import { Platform } from './support/platform';

describe('HTTP conventions', () => {
  const platform = new Platform({ env: { BODY_LIMIT_BYTES: '65536', CORS_ORIGINS: 'https://app.example.com' } });
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  });
  afterAll(() => platform.stop());

  const expectProblem = (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.js:\d+/); // no stack trace
  };

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await api.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email": "a@b.c",');
    expectProblem(res, 400);
    expect(res.body.detail).toMatch(/JSON/);
  });

  it('answers an oversized body with 413', async () => {
    const res = await api.post('/auth/signup/candidate', { name: 'x'.repeat(70000), email: uniqueEmail(), password: PASSWORD });
    expectProblem(res, 413);
  });

  it('lists every invalid or unknown field in `errors`', async () => {
    const res = await api.post('/auth/signup/organization', { organizationName: 42, name: '', email: 'nope', password: 'short', role: 'admin', id: 'x' });
    expectProblem(res, 400);
    const fields = (res.body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['organizationName', 'name', 'email', 'password', 'role', 'id']));
  });

  it('answers wrong types and a non-object body with 400, never 500', async () => {
    expectProblem(await api.post('/auth/login', { email: ['a'], password: { x: 1 } }), 400);
    expectProblem(await api.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('[1,2]'), 400);
    expectProblem(await api.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('"str"'), 400);
    expectProblem(await api.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('null'), 400);
  });

  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await api.get('/no-such-thing'), 404);
  });

  it('tags every response with a request id, honouring the caller’s', async () => {
    const res = await api.get('/auth/me').set('X-Request-Id', 'trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.body.requestId).toBe('trace-123');
    const minted = await api.get('/auth/me');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers and honours the CORS allow-list', async () => {
    const res = await api.http().get('/health/live').set('Origin', 'https://app.example.com');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    const other = await api.http().get('/health/live').set('Origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes an OpenAPI document covering the routes, and Swagger UI at /docs', async () => {
    const doc = await api.http().get('/api/v1/openapi.json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    for (const path of ['/api/v1/auth/signup/organization', '/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/organization', '/api/v1/organization/members']) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    expect(doc.body.components.schemas).toHaveProperty('OrganizationSignupDto');
    expect(doc.body.components.schemas).toHaveProperty('ProblemResponse');
    const ui = await api.http().get('/docs').redirects(1);
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('reports liveness and readiness of Postgres and Redis', async () => {
    await api.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await api.http().get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });
});

describe('Rate limiting', () => {
  const platform = new Platform({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_MINUTE: '1000' } });
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  });
  afterAll(() => platform.stop());

  it('limits /auth/* more strictly and answers 429 with Retry-After', async () => {
    const attempt = () => api.post('/auth/login', { email: 'x@example.com', password: 'wrong password' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.detail).toMatch(/^Too many requests; retry after \d+ s$/); // no internal class names
    // Other routes keep their own, looser limit.
    await api.http().get('/api/v1/job-templates').expect((r) => expect(r.status).not.toBe(429));
  });
});

describe('Request logs', () => {
  const platform = new Platform({ env: { LOG_LEVEL: 'info' } });
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  }, 60_000);
  afterAll(() => platform.stop());

  it('logs each request once with its id, and leaves the health probes out', async () => {
    await api.http().get('/health/live').set('X-Request-Id', 'probe-live').expect(200);
    await api.http().get('/health/ready').set('X-Request-Id', 'probe-ready').expect(200);
    await api.http().get('/api/v1/job-templates').set('X-Request-Id', 'logged-once').expect(200);
    // The log lines cross a pipe: wait for the last request's, the probes' were written before it.
    const completed = await eventually(
      async () => platform.api.logs().split('\n').filter((line) => line.includes('"msg":"request completed"')),
      (lines) => lines.some((line) => line.includes('"logged-once"')),
      5000,
      'the request log line',
    );
    expect(completed.filter((line) => line.includes('"logged-once"'))).toHaveLength(1);
    expect(completed.filter((line) => line.includes('probe-'))).toEqual([]);
  });
});
