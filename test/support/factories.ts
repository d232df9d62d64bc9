import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createApiClient, type ApiClient as TypedClient, type Schema } from '@embauche/api-client';

export const PASSWORD = 'correct horse battery';

let counter = 0;
export const uniqueEmail = (label = 'user') => `${label}.${process.pid}.${++counter}.${randomBytes(3).toString('hex')}@example.com`;

export type User = Schema<'UserResponse'>;

export interface SignedIn {
  token: string;
  user: User;
}

const signedIn = (body: Schema<'SessionResponse'>): SignedIn => ({ token: body.accessToken, user: body.user });

export type MemberRole = Exclude<User['role'], 'candidate'>;

/** What every openapi-fetch call resolves to. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The body of a successful call made with the generated client, typed by the OpenAPI document;
 * any other status (or not `status`, when given) fails with what the API said.
 */
export async function ok<T>(call: Promise<Answer<T>>, status?: number): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || (status !== undefined && response.status !== status)) {
    throw new Error(`${response.url.replace(/^https?:\/\/[^/]+/, '')} answered ${response.status}${status ? ` (expected ${status})` : ''}: ${JSON.stringify(error ?? data)}`);
  }
  return data as T;
}

/**
 * Builds test data through the public API only, exactly as a client would. Ordinary calls go
 * through the generated client (`typed`, `as`), so requests and answers are the document's
 * types; `get`/`post`/… stay raw supertest for tests that assert statuses, headers and refusals.
 */
export class ApiClient {
  /** The generated client, signed in as nobody. */
  readonly typed: TypedClient;
  private readonly signedInClients = new Map<string, TypedClient>();

  constructor(readonly baseUrl: string) {
    this.typed = createApiClient(baseUrl);
  }

  /** The generated client with `who`'s bearer token. */
  as(who: SignedIn | string): TypedClient {
    const token = typeof who === 'string' ? who : who.token;
    let client = this.signedInClients.get(token);
    if (!client) this.signedInClients.set(token, (client = createApiClient(this.baseUrl, { token })));
    return client;
  }

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
    const body = { organizationName: name, name: 'Alice Admin', email: uniqueEmail('admin'), password: PASSWORD };
    return signedIn(await ok(this.typed.POST('/api/v1/auth/signup/organization', { body }), 201));
  }

  async signupCandidate(name = 'Carla Candidate'): Promise<SignedIn> {
    const body = { name, email: uniqueEmail('candidate'), password: PASSWORD };
    return signedIn(await ok(this.typed.POST('/api/v1/auth/signup/candidate', { body }), 201));
  }

  /** Creates a member with `role` in the admin's organization and signs them in. */
  async addMember(admin: SignedIn, role: MemberRole, name = `Member ${role}`): Promise<SignedIn> {
    const email = uniqueEmail(role);
    await ok(this.as(admin).POST('/api/v1/organization/members', { body: { name, email, password: PASSWORD, role } }), 201);
    return signedIn(await ok(this.typed.POST('/api/v1/auth/login', { body: { email, password: PASSWORD } }), 200));
  }
}
