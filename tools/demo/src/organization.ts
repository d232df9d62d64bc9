/**
 * The hiring side of the demo: check the platform answers, sign up an
 * organization with its admin, add a recruiter and a hiring manager, and
 * have the recruiter draft and publish the Back-End Developer offer.
 */
import { bearer, DemoError, type ApiClient } from './api-client';
import type { Posting, Session, User } from './api-types';
import { languageName } from './ranking';
import { amount, say, style } from './terminal';

export const DEMO_PASSWORD = 'embauche-demo-2025';

export interface Staff {
  admin: Session;
  recruiter: Session;
  manager: Session;
  organizationName: string;
}

/** One GET on the readiness probe, then the template the demo drafts from. */
export async function checkPlatform(api: ApiClient): Promise<void> {
  const res = await api.send(`${api.baseUrl}/health/ready`);
  if (res.status !== 200) {
    throw new DemoError(`The Embauche API at ${api.baseUrl} is not ready (GET /health/ready answered ${res.status}): check that Postgres and Redis run, then \`npm start\`.`);
  }
  await res.body?.cancel();
  const template = await api.send(`${api.apiBase}/job-templates/backend-developer`);
  if (template.status === 404) throw new DemoError('The backend-developer template is missing: run `npm run seed` (npm start does it).');
  await template.body?.cancel();
}

export async function setUpOrganization(api: ApiClient, run: { id: string; label: string }, email: (name: string) => string): Promise<Staff> {
  const organizationName = `Meuse Software (demo ${run.label})`;
  const admin: Session = await api.data(
    api.http.POST('/api/v1/auth/signup/organization', {
      body: { organizationName, name: 'Claire Dumont', email: email('Claire Dumont'), password: DEMO_PASSWORD },
    }),
  );
  const member = (name: string, role: 'recruiter' | 'hiring_manager') =>
    api.data<User>(api.http.POST('/api/v1/organization/members', { body: { name, email: email(name), password: DEMO_PASSWORD, role }, ...bearer(admin.accessToken) }));
  const recruiterUser = await member('Sébastien Renson', 'recruiter');
  const managerUser = await member('Nathalie Thiry', 'hiring_manager');
  // Members sign in for themselves, as they would in the product.
  const login = (user: User): Promise<Session> => api.data(api.http.POST('/api/v1/auth/login', { body: { email: user.email, password: DEMO_PASSWORD } }));
  const [recruiter, manager] = [await login(recruiterUser), await login(managerUser)];
  say(`  Organization  ${style.bold(organizationName)}`);
  say(`  Admin         ${admin.user.name} <${admin.user.email}>`);
  say(`  Recruiter     ${recruiter.user.name} <${recruiter.user.email}>`);
  say(`  Hiring mgr    ${manager.user.name} <${manager.user.email}>`);
  return { admin, recruiter, manager, organizationName };
}

export const POSTING_INPUT = {
  templateId: 'backend-developer',
  language: 'fr',
  country: 'BE',
  city: 'Liège',
  seniority: 'mid',
  remotePolicy: 'hybrid',
  employmentType: 'full_time',
} as const;

export async function draftAndPublish(api: ApiClient, staff: Staff): Promise<Posting> {
  const token = staff.recruiter.accessToken;
  const draft: Posting = await api.data(api.http.POST('/api/v1/job-postings', { body: { ...POSTING_INPUT, hiringManagerIds: [staff.manager.user.id] }, ...bearer(token) }));
  describePosting(draft);
  if (!draft.salary) throw new DemoError('The draft came back without a salary range, so it cannot be published (EU pay transparency).');
  const published: Posting = await api.data(api.http.POST('/api/v1/job-postings/{id}/publish', { params: { path: { id: draft.id } }, ...bearer(token) }));
  say(`  Published     ${style.green(published.status)}, on the public board for every candidate`);
  return published;
}

function describePosting(p: Posting): void {
  const skills = p.requirements.skills;
  const musts = skills.filter((s) => s.importance === 'must').length;
  const languages = p.requirements.languages.map((l) => `${languageName(l.language)} ${l.minLevel} (${l.importance})`).join(', ');
  say(`  Draft         ${style.bold(p.title)}, ${p.city} (${p.country}), ${p.seniority}, ${p.remotePolicy}  [${p.status}]`);
  if (p.salary) {
    say(`  Salary band   ${style.bold(`${amount(p.salary.min)} – ${amount(p.salary.max)} ${p.salary.currency} per ${p.salary.period}`)}, derived from the template's ${p.country}/${p.seniority} band`);
  }
  say(`  Requirements  ${skills.length} skill items (${musts} must-haves); languages: ${languages || 'none'}; ${p.requirements.minYearsExperience ?? 'default'} years' experience`);
}
