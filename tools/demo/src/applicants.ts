/**
 * The candidate side: each applicant signs up, builds a profile (by hand, or
 * by importing a JSON Resume), and applies to the posting on the board.
 */
import type { ApiClient } from './api-client';
import type { Application, Posting, Profile, Session } from './api-types';
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
  const signup = (name: string) => api.post<Session>('/auth/signup/candidate', { name, email: email(name), password: DEMO_PASSWORD });
  const apply = (session: Session, coverLetter?: string) =>
    api.post<Application>(`/jobs/${posting.id}/applications`, coverLetter ? { coverLetter } : {}, session.accessToken);

  const handWritten: Enrol[] = DEMO_CANDIDATES.map((c) => async () => {
    const session = await signup(c.name);
    await api.put<Profile>('/candidates/me/profile', c.profile, session.accessToken);
    const application = await apply(session, c.coverLetter);
    return { applicant: { name: c.name, source: 'hand-written', applicationId: application.id } };
  });

  const imported: Enrol[] = packagedResumes().map((resume) => async () => {
    const session = await signup(resume.name);
    const profile = await api.post<Profile>('/candidates/me/profile/json-resume', resume.doc, session.accessToken);
    const adjustment = profileAdjustment(profile, { country: posting.country, city: posting.city });
    if (adjustment) await api.put<Profile>('/candidates/me/profile', adjustment, session.accessToken);
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
