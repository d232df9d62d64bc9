/**
 * The candidate side: each applicant signs up, builds a profile (by hand, or
 * by importing a JSON Resume), and applies to the posting on the board.
 */
import { bearer, type ApiClient } from './api-client';
import type { Application, Posting, Profile, ProfileBody, Session } from './api-types';
import { DEMO_CANDIDATES } from './candidates';
import { packagedResumes, profileAdjustment } from './json-resumes';
import { DEMO_PASSWORD } from './organization';
import { ProgressBar, say } from './terminal';

export interface Applicant {
  name: string;
  /** Where the profile came from: `hand-written` or the resume's path in @jsonresume/schema. */
  source: string;
  applicationId: string;
}

type Enrol = () => Promise<{ applicant: Applicant; note?: string }>;

export async function enrolApplicants(api: ApiClient, posting: Posting, email: (name: string) => string): Promise<Applicant[]> {
  const signup = (name: string): Promise<Session> =>
    api.data(api.http.POST('/api/v1/auth/signup/candidate', { body: { name, email: email(name), password: DEMO_PASSWORD } }));
  const apply = (session: Session, coverLetter?: string): Promise<Application> =>
    api.data(api.http.POST('/api/v1/jobs/{id}/applications', { params: { path: { id: posting.id } }, body: coverLetter ? { coverLetter } : {}, ...bearer(session.accessToken) }));
  const putProfile = (session: Session, body: ProfileBody): Promise<Profile> =>
    api.data(api.http.PUT('/api/v1/candidates/me/profile', { body, ...bearer(session.accessToken) }));

  const handWritten: Enrol[] = DEMO_CANDIDATES.map((c) => async () => {
    const session = await signup(c.name);
    await putProfile(session, c.profile);
    const application = await apply(session, c.coverLetter);
    return { applicant: { name: c.name, source: 'hand-written', applicationId: application.id } };
  });

  const imported: Enrol[] = packagedResumes().map((resume) => async () => {
    const session = await signup(resume.name);
    const profile: Profile = await api.data(api.http.POST('/api/v1/candidates/me/profile/json-resume', { body: resume.doc as Record<string, unknown>, ...bearer(session.accessToken) }));
    const adjustment = profileAdjustment(profile, { country: posting.country, city: posting.city });
    if (adjustment) await putProfile(session, adjustment);
    const application = await apply(session);
    const place = [profile.city, profile.country].filter(Boolean).join(', ') || 'no location';
    const note =
      `  Imported ${resume.file} → ${resume.name} (${place}; ${profile.skills.length} skills, ` +
      `${profile.languages.map((l) => `${l.language} ${l.level}`).join(', ') || 'no languages'}` +
      `${profile.unmapped?.length ? `; ${profile.unmapped.length} fields not mapped` : ''})${adjustment ? ', then completed by hand' : ''}`;
    return { applicant: { name: resume.name, source: resume.file, applicationId: application.id }, note };
  });

  const tasks = [...handWritten, ...imported];
  const bar = new ProgressBar('  Applying   ');
  const notes: string[] = [];
  let done = 0;
  bar.update(0, tasks.length);
  const applicants = await inParallel(tasks, 4, async (task) => {
    const result = await task();
    if (result.note) notes.push(result.note);
    bar.update(++done, tasks.length, result.applicant.name);
    return result.applicant;
  });
  bar.finish(done, tasks.length, `${DEMO_CANDIDATES.length} hand-written profiles, ${imported.length} JSON Resume imports`);
  notes.sort().forEach((note) => say(note));
  return applicants;
}

/** Runs `work` over `items` with at most `limit` in flight; results in input order. */
async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}
