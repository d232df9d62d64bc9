import type { ApiClient, SignedIn } from './factories';

/** The example resumes shipped in `@jsonresume/schema`, as the library's own tests read them. */
export { packagedResumes, type PackagedResume } from '@embauche/candidates/json-resume/json-resume.examples';

/** A Profile as the API returns it. */
export interface Profile {
  candidateId: string;
  headline: string | null;
  summary: string | null;
  country: string | null;
  city: string | null;
  remotePreference: 'onsite' | 'hybrid' | 'remote' | 'any';
  willingToRelocate: boolean;
  yearsExperience: number | null;
  educationLevel: 'none' | 'secondary' | 'bootcamp' | 'bachelor' | 'master' | 'doctorate' | null;
  salaryExpectation: { amount: number; currency: string; period: 'month' | 'year' } | null;
  skills: Array<{ name: string; skillId: string | null; level: number | null; years?: number | null }>;
  languages: Array<{ language: string; level: string }>;
  discoverable: boolean;
  discoverableSince: string | null;
  revision: number;
  updatedAt: string;
}

export interface ImportedProfile extends Profile {
  unmapped: Array<{ field: string; value: string; reason: string }>;
}

export type ApplicationStatus = 'applied' | 'screening' | 'interview' | 'offer' | 'hired' | 'rejected' | 'withdrawn';

/** An Application as the API returns it. */
export interface Application {
  id: string;
  jobPostingId: string;
  candidateId: string;
  status: ApplicationStatus;
  coverLetter: string | null;
  createdAt: string;
  updatedAt: string;
  match: {
    status: 'pending' | 'scored' | 'failed';
    score: number | null;
    mustHavesMet: boolean | null;
    breakdown: unknown;
    scoredAt: string | null;
    profileRevision: number;
  };
}

export interface ApplicationEvent {
  at: string;
  actorId: string | null;
  type: string;
  from: string | null;
  to: string | null;
  note: string | null;
  revealed?: string[] | null;
}

/** The body of a valid PUT /candidates/me/profile: a Belgian back-end developer. */
export const profileBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  headline: 'Back-end developer',
  summary: 'Java and PostgreSQL, eight years in logistics.',
  country: 'BE',
  city: 'Liège',
  remotePreference: 'hybrid',
  willingToRelocate: false,
  yearsExperience: 8,
  educationLevel: 'master',
  salaryExpectation: { amount: 4200, currency: 'EUR', period: 'month' },
  skills: [
    { name: 'Java', level: 4, years: 6 },
    { name: 'Postgres', level: 3 },
    { name: 'SQL', level: 4 },
    { name: 'Git', level: 4 },
    { name: "esprit d'équipe", level: 4 },
  ],
  languages: [
    { language: 'fr', level: 'native' },
    { language: 'en', level: 'C1' },
  ],
  ...overrides,
});

export async function putProfile(api: ApiClient, who: SignedIn, body: Record<string, unknown> = profileBody()): Promise<Profile> {
  const res = await api.put('/candidates/me/profile', body, who.token);
  if (res.status !== 200) throw new Error(`PUT /candidates/me/profile answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Profile;
}

/** A new candidate with a profile. */
export async function candidateWithProfile(
  api: ApiClient,
  name = 'Carla Candidate',
  body: Record<string, unknown> = profileBody(),
): Promise<SignedIn & { profile: Profile }> {
  const candidate = await api.signupCandidate(name);
  return { ...candidate, profile: await putProfile(api, candidate, body) };
}

export async function applyTo(api: ApiClient, who: SignedIn, postingId: string, body: Record<string, unknown> = {}): Promise<Application> {
  const res = await api.post(`/jobs/${postingId}/applications`, body, who.token);
  if (res.status !== 201) throw new Error(`POST /jobs/${postingId}/applications answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Application;
}

export async function transition(api: ApiClient, who: SignedIn, applicationId: string, to: string, note?: string): Promise<Application> {
  const res = await api.post(`/applications/${applicationId}/transitions`, note === undefined ? { to } : { to, note }, who.token);
  if (res.status !== 200) throw new Error(`transition to ${to} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Application;
}

/** Counts the statuses of a batch of responses: `{ 201: 1, 409: 19 }`. */
export function statusCounts(responses: Array<{ status: number }>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

const DAY_MS = 86_400_000;

/** Years between two ISO dates (or `to` = now), as the mapper counts them: days / 365.25. */
export function yearsBetween(from: string, to?: string): number {
  const end = to === undefined ? Date.now() : Date.parse(`${to}T00:00:00Z`);
  return (end - Date.parse(`${from}T00:00:00Z`)) / DAY_MS / 365.25;
}
