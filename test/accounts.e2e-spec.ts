import * as jwt from 'jsonwebtoken';
import { DEV_JWT_SECRET } from '@embauche/common/config/environment';
import { ApiClient, PASSWORD, uniqueEmail } from './support/factories';
import { Platform } from './support/platform';

describe('Accounts and organizations', () => {
  const platform = new Platform();
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  });
  afterAll(() => platform.stop());

  it('signs up an organization whose first user is its admin', async () => {
    const email = uniqueEmail('Founder');
    const res = await api
      .post('/auth/signup/organization', { organizationName: 'Acme', name: 'Ada', email, password: PASSWORD })
      .expect(201);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual({ id: expect.any(String), email: email.toLowerCase(), name: 'Ada', role: 'admin', organizationId: expect.any(String), language: null });
    expect(JSON.stringify(res.body)).not.toMatch(/password|\$argon2/i);
    const me = await api.get('/auth/me', res.body.accessToken).expect(200);
    expect(me.body).toEqual(res.body.user);
    const org = await api.get('/organization', res.body.accessToken).expect(200);
    expect(org.body).toEqual({ id: res.body.user.organizationId, name: 'Acme', blindReview: false });
  });

  it('stores passwords as argon2id hashes', async () => {
    const candidate = await api.signupCandidate();
    const { rows } = await platform.db.query('SELECT password_hash FROM users WHERE id = $1', [candidate.user.id]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs up a candidate without an organization', async () => {
    const candidate = await api.signupCandidate('Bob');
    expect(candidate.user).toMatchObject({ role: 'candidate', organizationId: null, name: 'Bob' });
  });

  it('refuses a duplicate email, whatever its case, with 409', async () => {
    const email = uniqueEmail('dup');
    await api.post('/auth/signup/candidate', { name: 'A', email, password: PASSWORD }).expect(201);
    const res = await api.post('/auth/signup/organization', { organizationName: 'X', name: 'B', email: email.toUpperCase(), password: PASSWORD }).expect(409);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const orgs = await platform.db.query("SELECT count(*)::int AS n FROM organizations WHERE name = 'X'");
    expect(orgs.rows[0].n).toBe(0); // the organization insert was rolled back with the user
  });

  it('logs in case-insensitively and answers the same 401 for unknown email and wrong password', async () => {
    const email = uniqueEmail('login');
    await api.post('/auth/signup/candidate', { name: 'L', email, password: PASSWORD }).expect(201);
    const ok = await api.post('/auth/login', { email: email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(ok.body.user.email).toBe(email.toLowerCase());
    const wrong = await api.post('/auth/login', { email, password: 'not the password' }).expect(401);
    const unknown = await api.post('/auth/login', { email: uniqueEmail('nobody'), password: PASSWORD }).expect(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    expect(strip(wrong.body)).toEqual(strip(unknown.body));
  });

  it('rejects missing, malformed, forged and expired tokens with 401', async () => {
    await api.get('/auth/me').expect(401);
    await api.get('/auth/me', 'not-a-jwt').expect(401);
    const forged = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url') + '.' + Buffer.from(JSON.stringify({ sub: 'x' })).toString('base64url') + '.sig';
    await api.get('/auth/me', forged).expect(401);
    // A token signed with the right secret but already expired.
    const candidate = await api.signupCandidate();
    const expired = jwt.sign({ sub: candidate.user.id, role: 'candidate', org: null, exp: Math.floor(Date.now() / 1000) - 10 }, DEV_JWT_SECRET);
    await api.get('/auth/me', expired).expect(401);
    const valid = jwt.sign({ sub: candidate.user.id, role: 'candidate', org: null }, DEV_JWT_SECRET, { expiresIn: 60 });
    await api.get('/auth/me', valid).expect(200); // the same claims, unexpired, are accepted
  });

  describe('members', () => {
    it('lets an admin add recruiters, hiring managers and admins, listed for admins and recruiters', async () => {
      const admin = await api.signupOrganization();
      const recruiter = await api.addMember(admin, 'recruiter');
      const manager = await api.addMember(admin, 'hiring_manager');
      const admin2 = await api.addMember(admin, 'admin');
      expect(recruiter.user).toMatchObject({ role: 'recruiter', organizationId: admin.user.organizationId });
      const list = await api.get('/organization/members', recruiter.token).expect(200);
      expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([admin.user.id, recruiter.user.id, manager.user.id, admin2.user.id]);
      await api.get('/organization/members', manager.token).expect(403);
    });

    it('forbids members other than admins to add members or change settings', async () => {
      const admin = await api.signupOrganization();
      const recruiter = await api.addMember(admin, 'recruiter');
      const body = { name: 'N', email: uniqueEmail(), password: PASSWORD, role: 'admin' };
      await api.post('/organization/members', body, recruiter.token).expect(403);
      await api.patch('/organization', { blindReview: true }, recruiter.token).expect(403);
      const candidate = await api.signupCandidate();
      await api.post('/organization/members', body, candidate.token).expect(403);
      await api.get('/organization', candidate.token).expect(403);
    });

    it('refuses the candidate role and unknown roles for members', async () => {
      const admin = await api.signupOrganization();
      const res = await api.post('/organization/members', { name: 'N', email: uniqueEmail(), password: PASSWORD, role: 'candidate' }, admin.token).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    });

    it('keeps organizations apart: members only ever see their own', async () => {
      const a = await api.signupOrganization('Org A');
      const b = await api.signupOrganization('Org B');
      await api.addMember(b, 'recruiter');
      const listA = await api.get('/organization/members', a.token).expect(200);
      expect(listA.body.items).toHaveLength(1);
      expect((await api.get('/organization', a.token)).body.name).toBe('Org A');
    });
  });

  it('lets an admin rename the organization and switch blind review', async () => {
    const admin = await api.signupOrganization();
    const res = await api.patch('/organization', { name: 'Renamed', blindReview: true }, admin.token).expect(200);
    expect(res.body).toMatchObject({ name: 'Renamed', blindReview: true });
    await api.patch('/organization', { blindReview: 'yes' }, admin.token).expect(400);
    await api.patch('/organization', { organizationId: 'x' }, admin.token).expect(400);
  });
});
