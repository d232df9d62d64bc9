import type { Pool } from 'pg';
import type { FuzzWorld } from './requests';

const PASSWORD = 'correct horse battery';

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Real data for the fuzzer to aim at, through the public API: an org with a published posting, a candidate with a profile and an application. */
export async function seedFuzzWorld(baseUrl: string): Promise<FuzzWorld> {
  const tag = `${process.pid}.${Date.now()}`;
  type Auth = { accessToken: string; user: { id: string } };
  const admin = await call<Auth>(baseUrl, 'POST', '/auth/signup/organization', { organizationName: 'Fuzz Org', name: 'Ada Admin', email: `fuzz.admin.${tag}@example.com`, password: PASSWORD });
  const member = async (role: string) => {
    const email = `fuzz.${role}.${tag}@example.com`;
    await call(baseUrl, 'POST', '/organization/members', { name: `M ${role}`, email, password: PASSWORD, role }, admin.accessToken);
    return call<Auth>(baseUrl, 'POST', '/auth/login', { email, password: PASSWORD });
  };
  const [recruiter, manager] = [await member('recruiter'), await member('hiring_manager')];
  const draft = await call<{ id: string }>(baseUrl, 'POST', '/job-postings', { templateId: 'backend-developer', language: 'fr', country: 'BE', city: 'Liège', seniority: 'mid', remotePolicy: 'hybrid', employmentType: 'full_time', hiringManagerIds: [manager.user.id] }, admin.accessToken);
  await call(baseUrl, 'POST', `/job-postings/${draft.id}/publish`, undefined, admin.accessToken);
  const candidate = await call<Auth>(baseUrl, 'POST', '/auth/signup/candidate', { name: 'Carla Fuzz', email: `fuzz.candidate.${tag}@example.com`, password: PASSWORD });
  await call(baseUrl, 'PUT', '/candidates/me/profile', { headline: 'Developer', country: 'BE', city: 'Liège', skills: [{ name: 'Java', level: 4 }], languages: [{ language: 'fr', level: 'native' }] }, candidate.accessToken);
  const application = await call<{ id: string }>(baseUrl, 'POST', `/jobs/${draft.id}/applications`, { coverLetter: 'Hello' }, candidate.accessToken);
  return {
    tokens: { admin: admin.accessToken, recruiter: recruiter.accessToken, hiring_manager: manager.accessToken, candidate: candidate.accessToken },
    ids: [draft.id, application.id, candidate.user.id, admin.user.id, manager.user.id],
  };
}

/** Every row of the seeded data, as text: compare before and after fuzzing. */
export async function snapshotWorld(db: Pool, world: FuzzWorld): Promise<string> {
  const [postingId, applicationId, candidateId] = world.ids;
  const rows = await db.query<{ t: string }>(
    `SELECT 'u' || row_to_json(u)::text AS t FROM users u WHERE u.organization_id = (SELECT organization_id FROM job_postings WHERE id = $1) OR u.id = $3
     UNION ALL SELECT 'o' || row_to_json(o)::text FROM organizations o WHERE o.id = (SELECT organization_id FROM job_postings WHERE id = $1)
     UNION ALL SELECT 'p' || row_to_json(p)::text FROM job_postings p WHERE p.id = $1
     UNION ALL SELECT 'c' || row_to_json(c)::text FROM candidate_profiles c WHERE c.candidate_id = $3
     UNION ALL SELECT 'a' || row_to_json(a)::text FROM applications a WHERE a.id = $2
     UNION ALL SELECT 'e' || count(*)::text FROM application_events e WHERE e.application_id = $2
     ORDER BY 1`,
    [postingId, applicationId, candidateId],
  );
  return rows.rows.map((r) => r.t).join('\n');
}
