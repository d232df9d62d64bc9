/**
 * The few API calls the benchmarks make to set up their data, over fetch,
 * exactly as a client would (/api/v1, bearer tokens). Any unexpected status
 * stops the benchmark with the response body.
 */
import { randomBytes } from 'node:crypto';
import type { GeneratedProfile } from '../data/profile';

export interface Response<T> {
  status: number;
  body: T;
}

export class ApiClient {
  private counter = 0;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, token?: string): Promise<Response<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${this.baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async expect<T = Record<string, unknown>>(status: number, method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const res = await this.request<T>(method, path, body, token);
    if (res.status !== status) throw new Error(`${method} ${path} answered ${res.status} (expected ${status}): ${JSON.stringify(res.body)}`);
    return res.body;
  }

  private email(label: string): string {
    return `${label}.${process.pid}.${++this.counter}.${randomBytes(3).toString('hex')}@example.com`;
  }

  /** A new organization; returns its admin's token. */
  async signupOrganization(): Promise<string> {
    const body = { organizationName: 'Bench Org', name: 'Alice Admin', email: this.email('admin'), password: 'correct horse battery' };
    return (await this.expect<{ accessToken: string }>(201, 'POST', '/auth/signup/organization', body)).accessToken;
  }

  async signupCandidate(name: string): Promise<string> {
    const body = { name, email: this.email('candidate'), password: 'correct horse battery' };
    return (await this.expect<{ accessToken: string }>(201, 'POST', '/auth/signup/candidate', body)).accessToken;
  }

  /** The bench posting: Back-End Developer, mid, Liège (hybrid), in French, published. */
  async publishedBackEndPosting(token: string): Promise<string> {
    const draft = { templateId: 'backend-developer', language: 'fr', country: 'BE', city: 'Liège', seniority: 'mid', remotePolicy: 'hybrid', employmentType: 'full_time' };
    const { id } = await this.expect<{ id: string }>(201, 'POST', '/job-postings', draft, token);
    await this.expect(200, 'POST', `/job-postings/${id}/publish`, undefined, token);
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
    await this.expect(200, 'PUT', '/candidates/me/profile', body, token);
  }
}
