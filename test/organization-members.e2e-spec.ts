import request from 'supertest';
import { ApiClient, PASSWORD, uniqueEmail, type MemberRole, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { draftBody } from './support/postings';

const COOKIE = 'embauche_refresh';

/** The refresh cookie's value from a cookie-mode sign-in. */
function refreshCookieOf(res: request.Response): string {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${COOKIE}=`));
  if (!raw) throw new Error(`no ${COOKIE} cookie`);
  return raw.slice(COOKIE.length + 1).split(';')[0];
}

describe('Organization members: roles and deactivation', () => {
  // Two API processes: a change made through one must reach the other's read cache (actors) at once.
  const platform = new Platform({ apis: 2 });
  let api: ApiClient;
  let other: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    other = new ApiClient(platform.baseUrls[1]);
  });
  afterAll(() => platform.stop());

  /** A member added with a known email, so the test can sign them in again. */
  async function member(admin: SignedIn, role: MemberRole): Promise<SignedIn & { email: string }> {
    const email = uniqueEmail(role);
    await api.post('/organization/members', { name: `Member ${role}`, email, password: PASSWORD, role }, admin.token).expect(201);
    const login = await api.post('/auth/login', { email, password: PASSWORD }).expect(200);
    return { token: login.body.accessToken, user: login.body.user, email };
  }

  const browserLogin = (email: string) =>
    api.http().post('/api/v1/auth/login').set('Origin', platform.baseUrl).send({ email, password: PASSWORD, session: 'cookie' });
  const refresh = (cookie: string) => api.http().post('/api/v1/auth/refresh').set('Origin', platform.baseUrl).set('Cookie', `${COOKIE}=${cookie}`);

  it('lists every member with whether they are active', async () => {
    const admin = await api.signupOrganization();
    const recruiter = await member(admin, 'recruiter');
    const list = await api.get('/organization/members', admin.token).expect(200);
    expect(list.body.items).toEqual([
      { ...admin.user, active: true },
      { ...recruiter.user, active: true },
    ]);
  });

  it('changes a role, effective on the next request', async () => {
    const admin = await api.signupOrganization();
    const recruiter = await member(admin, 'recruiter');
    await api.post('/job-postings', draftBody(), recruiter.token).expect(201);
    await other.get('/organization/members', recruiter.token).expect(200); // the actor is now cached there
    const res = await api.patch(`/organization/members/${recruiter.user.id}`, { role: 'hiring_manager' }, admin.token).expect(200);
    expect(res.body).toEqual({ ...recruiter.user, role: 'hiring_manager', active: true });
    // The same token, issued while they were a recruiter: the guard reads the role afresh.
    const refused = await api.post('/job-postings', draftBody(), recruiter.token).expect(403);
    expect(refused.body.code).toBe('role_forbidden');
    await other.get('/organization/members', recruiter.token).expect(403); // and on the other process
    await api.patch(`/organization/members/${recruiter.user.id}`, { role: 'admin' }, admin.token).expect(200);
    await api.get('/organization/members', recruiter.token).expect(200);
  });

  it('deactivates a member: no sign-in, the old access token and the refresh cookie refused; reactivation lets them back', async () => {
    const admin = await api.signupOrganization();
    const recruiter = await member(admin, 'recruiter');
    const cookieLogin = await browserLogin(recruiter.email).expect(200);
    const cookie = refreshCookieOf(cookieLogin);
    await api.get('/auth/me', recruiter.token).expect(200);
    await other.get('/auth/me', recruiter.token).expect(200); // cached on the second process too

    const res = await api.patch(`/organization/members/${recruiter.user.id}`, { active: false }, admin.token).expect(200);
    expect(res.body).toMatchObject({ id: recruiter.user.id, role: 'recruiter', active: false });

    const login = await api.post('/auth/login', { email: recruiter.email, password: PASSWORD }).expect(401);
    const wrong = await api.post('/auth/login', { email: recruiter.email, password: 'not the password at all' }).expect(401);
    expect(login.body.code).toBe('invalid_credentials');
    expect(login.body.detail).toBe(wrong.body.detail); // no hint that the account exists
    await api.get('/auth/me', recruiter.token).expect(401);
    await other.get('/auth/me', recruiter.token).expect(401);
    await api.get('/auth/me', cookieLogin.body.accessToken).expect(401);
    expect((await refresh(cookie).expect(401)).body.code).toBe('session_ended');
    const { rows } = await platform.db.query('SELECT count(*)::int AS live FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [recruiter.user.id]);
    expect(rows[0].live).toBe(0);

    const list = await api.get('/organization/members', admin.token).expect(200);
    expect(list.body.items.find((u: { id: string }) => u.id === recruiter.user.id)).toMatchObject({ active: false });

    await api.patch(`/organization/members/${recruiter.user.id}`, { active: true }, admin.token).expect(200);
    const back = await api.post('/auth/login', { email: recruiter.email, password: PASSWORD }).expect(200);
    await api.get('/auth/me', back.body.accessToken).expect(200);
    await refresh(cookie).expect(401); // the sessions ended by the deactivation stay ended
  });

  it('keeps a deactivated hiring manager on the postings they are assigned to', async () => {
    const admin = await api.signupOrganization();
    const manager = await member(admin, 'hiring_manager');
    const posting = await api.post('/job-postings', draftBody({ hiringManagerIds: [manager.user.id] }), admin.token).expect(201);
    await api.patch(`/organization/members/${manager.user.id}`, { active: false }, admin.token).expect(200);
    const read = await api.get(`/job-postings/${posting.body.id}`, admin.token).expect(200);
    expect(read.body.hiringManagerIds).toEqual([manager.user.id]);
  });

  it('takes a hiring manager who becomes a recruiter off their postings, so those postings stay editable', async () => {
    const admin = await api.signupOrganization();
    const [manager, kept] = [await member(admin, 'hiring_manager'), await member(admin, 'hiring_manager')];
    const posting = await api.post('/job-postings', draftBody({ hiringManagerIds: [manager.user.id, kept.user.id] }), admin.token).expect(201);
    const elsewhere = await api.signupOrganization();
    await api.patch(`/organization/members/${manager.user.id}`, { role: 'recruiter' }, admin.token).expect(200);
    const read = await api.get(`/job-postings/${posting.body.id}`, admin.token).expect(200);
    expect(read.body.hiringManagerIds).toEqual([kept.user.id]);
    // The edit form sends the list back as it reads it: accepted.
    await api.patch(`/job-postings/${posting.body.id}`, { hiringManagerIds: read.body.hiringManagerIds, title: 'Renamed' }, admin.token).expect(200);
    expect((await api.get('/job-postings', elsewhere.token).expect(200)).body.items).toEqual([]);
  });

  it('refuses with 409 to leave the organization without an active admin, the sole admin included', async () => {
    const admin = await api.signupOrganization();
    for (const body of [{ role: 'recruiter' }, { active: false }, { role: 'hiring_manager', active: true }]) {
      const res = await api.patch(`/organization/members/${admin.user.id}`, body, admin.token).expect(409);
      expect(res.body.code).toBe('last_active_admin');
    }
    const second = await member(admin, 'admin');
    await api.patch(`/organization/members/${second.user.id}`, { active: false }, admin.token).expect(200);
    // A deactivated admin does not count: the first admin is still the last active one.
    await api.patch(`/organization/members/${admin.user.id}`, { role: 'recruiter' }, admin.token).expect(409);
    await api.patch(`/organization/members/${second.user.id}`, { active: true }, admin.token).expect(200);
    await api.patch(`/organization/members/${admin.user.id}`, { role: 'recruiter' }, admin.token).expect(200); // demoting oneself is fine now
    await api.patch(`/organization/members/${second.user.id}`, { role: 'recruiter' }, admin.token).expect(403); // no longer an admin
  });

  it('answers 404 for another organization’s member and an unknown id, 400 for a malformed id', async () => {
    const a = await api.signupOrganization();
    const b = await api.signupOrganization();
    const bMember = await member(b, 'recruiter');
    const other = await api.patch(`/organization/members/${bMember.user.id}`, { active: false }, a.token).expect(404);
    expect(other.body.code).toBe('member_not_found');
    await api.patch(`/organization/members/00000000-0000-4000-8000-000000000000`, { active: false }, a.token).expect(404);
    await api.patch(`/organization/members/not-a-uuid`, { active: false }, a.token).expect(400);
    await api.get('/auth/me', bMember.token).expect(200); // untouched
  });

  it('lets only admins change members', async () => {
    const admin = await api.signupOrganization();
    const recruiter = await member(admin, 'recruiter');
    const manager = await member(admin, 'hiring_manager');
    await api.patch(`/organization/members/${manager.user.id}`, { active: false }, recruiter.token).expect(403);
    await api.patch(`/organization/members/${recruiter.user.id}`, { role: 'admin' }, manager.token).expect(403);
    const candidate = await api.signupCandidate();
    await api.patch(`/organization/members/${manager.user.id}`, { active: false }, candidate.token).expect(403);
    await api.patch(`/organization/members/${manager.user.id}`, { active: false }).expect(401);
  });

  it('refuses unknown fields and invalid values with 400', async () => {
    const admin = await api.signupOrganization();
    const recruiter = await member(admin, 'recruiter');
    const path = `/organization/members/${recruiter.user.id}`;
    const unknown = await api.patch(path, { organizationId: admin.user.organizationId }, admin.token).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'organizationId' })]);
    expect((await api.patch(path, { role: 'candidate' }, admin.token).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    expect((await api.patch(path, { active: 'no' }, admin.token).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'active' })]);
    await api.patch(path, { role: null }, admin.token).expect(400);
  });

  it('never leaves zero admins when two admins demote or deactivate each other at once', async () => {
    for (let round = 0; round < 8; round++) {
      const a = await api.signupOrganization();
      const b = await member(a, 'admin');
      const change = round % 2 === 0 ? { role: 'recruiter' } : { active: false };
      const [ab, ba] = await Promise.all([
        api.patch(`/organization/members/${b.user.id}`, change, a.token),
        api.patch(`/organization/members/${a.user.id}`, change, b.token),
      ]);
      const statuses = [ab.status, ba.status].sort();
      // The first one wins; the second finds its caller no longer an active admin.
      expect(statuses).toEqual([200, 403]);
      const { rows } = await platform.db.query(
        "SELECT count(*)::int AS n FROM users WHERE organization_id = $1 AND role = 'admin' AND deactivated_at IS NULL",
        [a.user.organizationId],
      );
      expect(rows[0].n).toBe(1);
    }
  });

  it('keeps the last admin when many demotions race', async () => {
    const a = await api.signupOrganization();
    const admins = [a, ...(await Promise.all([1, 2, 3].map(() => member(a, 'admin'))))];
    // Each admin demotes every other one, all at once.
    const calls = admins.flatMap((who) => admins.filter((t) => t !== who).map((target) => api.patch(`/organization/members/${target.user.id}`, { role: 'recruiter' }, who.token)));
    const results = await Promise.all(calls);
    expect(results.every((r) => [200, 403, 409].includes(r.status))).toBe(true);
    const { rows } = await platform.db.query("SELECT count(*)::int AS n FROM users WHERE organization_id = $1 AND role = 'admin' AND deactivated_at IS NULL", [a.user.organizationId]);
    expect(rows[0].n).toBe(1);
  });
});
