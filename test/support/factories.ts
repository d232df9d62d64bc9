import { randomBytes } from 'node:crypto';
import request from 'supertest';

export const PASSWORD = 'correct horse battery';

let counter = 0;
export const uniqueEmail = (label = 'user') => `${label}.${process.pid}.${++counter}.${randomBytes(3).toString('hex')}@example.com`;

export interface SignedIn {
  token: string;
  user: { id: string; email: string; name: string; role: string; organizationId: string | null; language?: string | null };
}

const signedIn = (body: { accessToken: string; user: SignedIn['user'] }): SignedIn => ({ token: body.accessToken, user: body.user });

export type MemberRole = 'admin' | 'recruiter' | 'hiring_manager';

/** Builds test data through the public API only, exactly as a client would. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  http() {
    return request(this.baseUrl);
  }

  get(path: string, token?: string) {
    const r = request(this.baseUrl).get(`/api/v1${path}`);
    return token ? r.set('Authorization', `Bearer ${token}`) : r;
  }

  post(path: string, body?: unknown, token?: string) {
    const r = request(this.baseUrl).post(`/api/v1${path}`);
    if (token) r.set('Authorization', `Bearer ${token}`);
    return body === undefined ? r : r.send(body as object);
  }

  put(path: string, body: unknown, token?: string) {
    const r = request(this.baseUrl).put(`/api/v1${path}`);
    if (token) r.set('Authorization', `Bearer ${token}`);
    return r.send(body as object);
  }

  patch(path: string, body: unknown, token?: string) {
    const r = request(this.baseUrl).patch(`/api/v1${path}`);
    if (token) r.set('Authorization', `Bearer ${token}`);
    return r.send(body as object);
  }

  delete(path: string, token?: string) {
    const r = request(this.baseUrl).delete(`/api/v1${path}`);
    return token ? r.set('Authorization', `Bearer ${token}`) : r;
  }

  async signupOrganization(name = `Org ${++counter}`): Promise<SignedIn> {
    const res = await this.post('/auth/signup/organization', {
      organizationName: name,
      name: 'Alice Admin',
      email: uniqueEmail('admin'),
      password: PASSWORD,
    }).expect(201);
    return signedIn(res.body);
  }

  async signupCandidate(name = 'Carla Candidate'): Promise<SignedIn> {
    const res = await this.post('/auth/signup/candidate', { name, email: uniqueEmail('candidate'), password: PASSWORD }).expect(201);
    return signedIn(res.body);
  }

  /** Creates a member with `role` in the admin's organization and signs them in. */
  async addMember(admin: SignedIn, role: MemberRole, name = `Member ${role}`): Promise<SignedIn> {
    const email = uniqueEmail(role);
    await this.post('/organization/members', { name, email, password: PASSWORD, role }, admin.token).expect(201);
    const res = await this.post('/auth/login', { email, password: PASSWORD }).expect(200);
    return signedIn(res.body);
  }
}
