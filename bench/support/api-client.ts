/**
 * The API calls the benchmarks make, through the generated client (`@embauche/api-client`), as
 * any client would: requests and answers are the OpenAPI document's types. Any unexpected status
 * stops the benchmark with the response body. `request` stays a plain fetch by method and path
 * for the soak, which drives many routes generically and only counts statuses.
 */
import { randomBytes } from 'node:crypto';
import { createApiClient, type ApiClient as TypedClient } from '@embauche/api-client';
import type { GeneratedProfile } from '../data/profile';

export type { Schema } from '@embauche/api-client';

export interface Response<T> {
  status: number;
  body: T;
}

/** The body of a call made with the generated client; any other status than `status` fails with what the API said. */
export async function ok<T>(status: number, call: Promise<{ data?: T; error?: unknown; response: globalThis.Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.status !== status) {
    throw new Error(`${response.url.replace(/^https?:\/\/[^/]+/, '')} answered ${response.status} (expected ${status}): ${JSON.stringify(error ?? data)}`);
  }
  return data as T;
}

export class ApiClient {
  private counter = 0;
  readonly typed: TypedClient;
  private readonly signedIn = new Map<string, TypedClient>();

  constructor(readonly baseUrl: string) {
    this.typed = createApiClient(baseUrl);
  }

  /** The generated client with a bearer token. */
  as(token: string): TypedClient {
    let client = this.signedIn.get(token);
    if (!client) this.signedIn.set(token, (client = createApiClient(this.baseUrl, { token })));
    return client;
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, token?: string): Promise<Response<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${this.baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  private email(label: string): string {
    return `${label}.${process.pid}.${++this.counter}.${randomBytes(3).toString('hex')}@example.com`;
  }

  /** A new organization; returns its admin's token. */
  async signupOrganization(): Promise<string> {
    const body = { organizationName: 'Bench Org', name: 'Alice Admin', email: this.email('admin'), password: 'correct horse battery' };
    return (await ok(201, this.typed.POST('/api/v1/auth/signup/organization', { body }))).accessToken;
  }

  async signupCandidate(name: string): Promise<string> {
    const body = { name, email: this.email('candidate'), password: 'correct horse battery' };
    return (await ok(201, this.typed.POST('/api/v1/auth/signup/candidate', { body }))).accessToken;
  }

  /** The bench posting: Back-End Developer, mid, Liège (hybrid), in French, published. */
  async publishedBackEndPosting(token: string): Promise<string> {
    const body = { templateId: 'backend-developer', language: 'fr', country: 'BE', city: 'Liège', seniority: 'mid', remotePolicy: 'hybrid', employmentType: 'full_time' } as const;
    const { id } = await ok(201, this.as(token).POST('/api/v1/job-postings', { body }));
    await ok(200, this.as(token).POST('/api/v1/job-postings/{id}/publish', { params: { path: { id } } }));
    return id;
  }

  /** PUT /candidates/me/profile with a generated profile (the API resolves the skill names itself). */
  async putProfile(token: string, p: GeneratedProfile): Promise<void> {
    const body = {
      headline: p.headline,
      country: p.country,
      city: p.city,
      remotePreference: p.remotePreference,
      willingToRelocate: p.willingToRelocate,
      yearsExperience: p.yearsExperience,
      educationLevel: p.educationLevel,
      salaryExpectation: p.salaryExpectation,
      skills: p.skills.map((s) => (s.years ? { name: s.name, level: s.level, years: s.years } : { name: s.name, level: s.level })),
      languages: p.languages,
    };
    await ok(200, this.as(token).PUT('/api/v1/candidates/me/profile', { body }));
  }
}
