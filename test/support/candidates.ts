import type { Schema } from '@embauche/api-client';
import { ok, type ApiClient, type SignedIn } from './factories';

/** The example resumes shipped in `@jsonresume/schema`, as the library's own tests read them. */
export { packagedResumes, type PackagedResume } from '@embauche/candidates/json-resume/json-resume.examples';

/** A Profile as the API returns it. */
export type Profile = Schema<'ProfileResponse'>;

export type ImportedProfile = Schema<'ImportedProfileResponse'>;

/** An Application as the API returns it. */
export type Application = Schema<'ApplicationResponse'>;

export type ApplicationStatus = Application['status'];

export type ApplicationEvent = Schema<'ApplicationEventResponse'>;

/**
 * The body of a valid PUT /candidates/me/profile: a Belgian back-end developer. A plain record, so
 * validation tests can override fields with what the API refuses; sent through the typed client as a ProfileDto.
 */
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
  return ok(api.as(who).PUT('/api/v1/candidates/me/profile', { body: body as Schema<'ProfileDto'> }), 200);
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

export async function applyTo(api: ApiClient, who: SignedIn, postingId: string, body: Schema<'ApplyDto'> = {}): Promise<Application> {
  return ok(api.as(who).POST('/api/v1/jobs/{id}/applications', { params: { path: { id: postingId } }, body }), 201);
}

/** `to` is any status name: the API, not the type, says which moves exist. */
export async function transition(api: ApiClient, who: SignedIn, applicationId: string, to: string, note?: string): Promise<Application> {
  const move = to as Schema<'TransitionDto'>['to'];
  const body = note === undefined ? { to: move } : { to: move, note };
  return ok(api.as(who).POST('/api/v1/applications/{id}/transitions', { params: { path: { id: applicationId } }, body }), 200);
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
