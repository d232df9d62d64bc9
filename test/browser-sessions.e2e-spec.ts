import request from 'supertest';
import { ApiClient, PASSWORD, uniqueEmail } from './support/factories';
import { Platform } from './support/platform';

const COOKIE = 'embauche_refresh';

/** The refresh cookie a response set, with its attributes. */
function refreshCookie(res: request.Response): { value: string; attributes: string[] } {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${COOKIE}=`));
  if (!raw) throw new Error(`no ${COOKIE} cookie in ${JSON.stringify(res.headers)}`);
  const [pair, ...attributes] = raw.split(';').map((p) => p.trim());
  return { value: pair.slice(COOKIE.length + 1), attributes };
}

class Browser {
  constructor(readonly baseUrl: string, readonly origin: string | null = baseUrl) {}

  post(path: string, cookie?: string, body?: object) {
    const r = request(this.baseUrl).post(`/api/v1${path}`);
    if (this.origin) r.set('Origin', this.origin);
    if (cookie !== undefined) r.set('Cookie', `${COOKIE}=${cookie}`);
    return body ? r.send(body) : r;
  }

  async signupCandidate(): Promise<{ cookie: string; accessToken: string; userId: string; email: string }> {
    const email = uniqueEmail('browser');
    const res = await this.post('/auth/signup/candidate', undefined, { name: 'Bea Browser', email, password: PASSWORD, session: 'cookie' }).expect(201);
    return { cookie: refreshCookie(res).value, accessToken: res.body.accessToken, userId: res.body.user.id, email };
  }
}

describe('Browser sessions', () => {
  const platform = new Platform();
  let api: ApiClient;
  let browser: Browser;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    browser = new Browser(platform.baseUrl);
  }, 120_000);
  afterAll(() => platform.stop());

  it('sets an HttpOnly, SameSite=Strict refresh cookie scoped to /api/v1/auth, and a short-lived access token', async () => {
    const email = uniqueEmail('attrs');
    await api.post('/auth/signup/candidate', { name: 'A', email, password: PASSWORD }).expect(201);
    const res = await browser.post('/auth/login', undefined, { email, password: PASSWORD, session: 'cookie' }).expect(200);
    const { value, attributes } = refreshCookie(res);
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/api/v1/auth', 'HttpOnly', 'SameSite=Strict', 'Max-Age=1209600']));
    expect(attributes).not.toContain('Secure'); // NODE_ENV=test; production adds it
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, user: expect.objectContaining({ email: email.toLowerCase() }) });
    await api.get('/auth/me', res.body.accessToken).expect(200);
  });

  it('rotates: the new cookie works, the old one is refused, and replaying it revokes the whole family', async () => {
    const first = await browser.signupCandidate();
    const second = await browser.post('/auth/refresh', first.cookie).expect(200);
    const secondCookie = refreshCookie(second).value;
    expect(secondCookie).not.toBe(first.cookie);
    expect(second.body.user.id).toBe(first.userId);
    await api.get('/auth/me', second.body.accessToken).expect(200);
    const third = refreshCookie(await browser.post('/auth/refresh', secondCookie).expect(200)).value;

    const replay = await browser.post('/auth/refresh', first.cookie).expect(401);
    expect(replay.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refreshCookie(replay)).toEqual({ value: '', attributes: expect.arrayContaining(['Max-Age=0']) });
    // The token issued after the replayed one (the latest, the legitimate holder's) is dead too.
    await browser.post('/auth/refresh', third).expect(401);
    await browser.post('/auth/refresh', secondCookie).expect(401);
  });

  it('lets exactly one of two concurrent refreshes with the same cookie win, and treats the other as a replay', async () => {
    const s = await browser.signupCandidate();
    const results = await Promise.all([browser.post('/auth/refresh', s.cookie), browser.post('/auth/refresh', s.cookie)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    const winner = results.find((r) => r.status === 200)!;
    await browser.post('/auth/refresh', refreshCookie(winner).value).expect(401); // the family is revoked
  });

  it('a new sign-in opens a family of its own, untouched by another family being revoked', async () => {
    const a = await browser.signupCandidate();
    const b = await browser.post('/auth/login', undefined, { email: a.email, password: PASSWORD, session: 'cookie' }).expect(200);
    await browser.post('/auth/refresh', a.cookie).expect(200);
    await browser.post('/auth/refresh', a.cookie).expect(401); // replay: a's family revoked
    await browser.post('/auth/refresh', refreshCookie(b).value).expect(200);
  });

  it('logout revokes the session and clears the cookie', async () => {
    const s = await browser.signupCandidate();
    const rotated = refreshCookie(await browser.post('/auth/refresh', s.cookie).expect(200)).value;
    const out = await browser.post('/auth/logout', rotated).expect(204);
    expect(refreshCookie(out)).toEqual({ value: '', attributes: expect.arrayContaining(['Max-Age=0', 'Path=/api/v1/auth']) });
    await browser.post('/auth/refresh', rotated).expect(401);
    await browser.post('/auth/logout', rotated).expect(204); // ending an ended session is fine
  });

  it('answers 401 problem+json, never 500, to a missing, garbled or unknown cookie', async () => {
    for (const cookie of [undefined, '', 'garbage', 'x'.repeat(5000), '%00%ff;;', 'A'.repeat(43)]) {
      const res = await browser.post('/auth/refresh', cookie).expect(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await browser.post('/auth/logout').expect(401);
    await browser.post('/auth/logout', 'garbage').expect(401);
  });

  it('refuses cookie routes and cookie sign-in from a missing or foreign Origin with 403; the Referer stands in for a missing Origin', async () => {
    const s = await browser.signupCandidate();
    const foreign = new Browser(platform.baseUrl, 'https://evil.example');
    const none = new Browser(platform.baseUrl, null);
    for (const b of [foreign, none]) {
      const res = await b.post('/auth/refresh', s.cookie).expect(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.headers['set-cookie']).toBeUndefined();
      await b.post('/auth/logout', s.cookie).expect(403);
      await b.post('/auth/login', undefined, { email: s.email, password: PASSWORD, session: 'cookie' }).expect(403);
    }
    await request(platform.baseUrl).post('/api/v1/auth/refresh').set('Referer', 'https://evil.example/page').set('Cookie', `${COOKIE}=${s.cookie}`).expect(403);
    // The session survived the refused attempts.
    const ok = await request(platform.baseUrl).post('/api/v1/auth/refresh').set('Referer', `${platform.baseUrl}/board`).set('Cookie', `${COOKIE}=${s.cookie}`).expect(200);
    expect(refreshCookie(ok).value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('ends every session of a candidate who erases their account', async () => {
    const s = await browser.signupCandidate();
    const other = await browser.post('/auth/login', undefined, { email: s.email, password: PASSWORD, session: 'cookie' }).expect(200);
    await api.delete('/candidates/me', s.accessToken).expect(204);
    await browser.post('/auth/refresh', s.cookie).expect(401);
    await browser.post('/auth/refresh', refreshCookie(other).value).expect(401);
    const { rows } = await platform.db.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [s.userId]);
    expect(rows[0].n).toBe(0);
  });

  it('leaves bearer clients as they were: no cookie, no Origin needed, the usual token', async () => {
    const email = uniqueEmail('bearer');
    const signup = await api.post('/auth/signup/candidate', { name: 'B', email, password: PASSWORD }).expect(201);
    expect(signup.headers['set-cookie']).toBeUndefined();
    expect(Object.keys(signup.body).sort()).toEqual(['accessToken', 'user']);
    const login = await api.post('/auth/login', { email, password: PASSWORD }).expect(200);
    expect(login.headers['set-cookie']).toBeUndefined();
    await api.get('/auth/me', login.body.accessToken).expect(200);
    await api.post('/auth/login', { email, password: PASSWORD, session: 'bearer' }).expect(400);
    await api.post('/organization/members', { name: 'M', email: uniqueEmail('m'), password: PASSWORD, role: 'recruiter', session: 'cookie' }, (await api.signupOrganization()).token).expect(400);
  });

  it('documents the session routes in the OpenAPI document, with their responses and errors', async () => {
    const { body: doc } = await request(platform.baseUrl).get('/api/v1/openapi.json').expect(200);
    const refresh = doc.paths['/api/v1/auth/refresh'].post;
    // 400 (hostile text in a header) and 503 (database unreachable) are declared on every operation.
    expect(Object.keys(refresh.responses).sort()).toEqual(['200', '400', '401', '403', '429', '503']);
    expect(refresh.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/BrowserSessionResponse');
    expect(Object.keys(refresh.responses['401'].content['application/problem+json'].examples).sort()).toEqual(['session_ended', 'session_invalid']);
    expect(Object.keys(refresh.responses['403'].content['application/problem+json'].examples)).toEqual(['untrusted_origin']);
    expect(Object.keys(doc.paths['/api/v1/auth/logout'].post.responses).sort()).toEqual(['204', '400', '401', '403', '429', '503']);
    expect(doc.components.schemas.BrowserSessionResponse.required).toEqual(expect.arrayContaining(['accessToken', 'expiresIn', 'user']));
    expect(doc.components.schemas.LoginDto.properties.session.enum).toEqual(['cookie']);
    expect(doc.components.schemas.OrganizationSignupDto.properties).toHaveProperty('session');
    expect(doc.components.schemas.CreateMemberDto.properties).not.toHaveProperty('session');
    expect(doc.paths['/api/v1/auth/login'].post.responses['403']).toBeDefined();
  });

  it('stores only SHA-256 hashes of refresh tokens', async () => {
    const s = await browser.signupCandidate();
    const next = refreshCookie(await browser.post('/auth/refresh', s.cookie).expect(200)).value;
    const { rows } = await platform.db.query('SELECT * FROM refresh_tokens WHERE user_id = $1', [s.userId]);
    expect(rows).toHaveLength(2);
    const dump = JSON.stringify(rows);
    for (const raw of [s.cookie, next]) {
      expect(dump).not.toContain(raw);
      expect(dump).not.toContain(Buffer.from(raw, 'base64url').toString('hex'));
    }
    const { createHash } = await import('node:crypto');
    expect(rows.map((r) => r.token_hash).sort()).toEqual([s.cookie, next].map((t) => createHash('sha256').update(t).digest('hex')).sort());
  });
});

describe('Browser sessions with tiny lifetimes', () => {
  const platform = new Platform({ env: { SESSION_REFRESH_TTL_SECONDS: '2', SESSION_ACCESS_TTL_SECONDS: '1' } });
  let browser: Browser;

  beforeAll(async () => {
    await platform.start();
    browser = new Browser(platform.baseUrl);
  }, 120_000);
  afterAll(() => platform.stop());

  it('refuses an expired refresh token, expires the access token, and prunes dead rows', async () => {
    const s = await browser.signupCandidate();
    const api = new ApiClient(platform.baseUrl);
    const deadline = Date.now() + 30_000;
    // Poll until the access token is refused (TTL 1 s), then until the refresh token is (TTL 2 s).
    while ((await api.get('/auth/me', s.accessToken)).status === 200) {
      if (Date.now() > deadline) throw new Error('access token never expired');
      await new Promise((r) => setTimeout(r, 200));
    }
    const { rows: [row] } = await platform.db.query('SELECT expires_at FROM refresh_tokens WHERE user_id = $1', [s.userId]);
    while ((await platform.db.query('SELECT now() > $1::timestamptz AS past', [row.expires_at])).rows[0].past === false) {
      if (Date.now() > deadline) throw new Error('refresh token never expired');
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await browser.post('/auth/refresh', s.cookie).expect(401);
    expect(refreshCookie(res).attributes).toContain('Max-Age=0');
    // The next sign-in prunes the expired row.
    await browser.signupCandidate();
    const { rows } = await platform.db.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [s.userId]);
    expect(rows[0].n).toBe(0);
  });
});
