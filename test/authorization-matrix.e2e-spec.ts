import { ApiClient, type SignedIn } from './support/factories';
import { applyTo } from './support/candidates';
import { candidateWith, eventually, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

type Actor = 'adminA' | 'recruiterA' | 'managerA' | 'otherManagerA' | 'adminB' | 'recruiterB' | 'managerB' | 'applicant' | 'otherCandidate' | 'anonymous';
const ACTORS: Actor[] = ['adminA', 'recruiterA', 'managerA', 'otherManagerA', 'adminB', 'recruiterB', 'managerB', 'applicant', 'otherCandidate', 'anonymous'];

/**
 * Who may do what on the review routes of a posting of organization A whose
 * hiring manager is `managerA`. 404 whenever the posting or application is
 * not the caller's to see (never revealing it exists); 403 when the caller
 * could see it but their role may not act; 401 without a token.
 */
const MATRIX: Record<string, Record<Actor, number>> = {
  'GET matches': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 403, otherCandidate: 403, anonymous: 401 },
  'GET suggestions': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 403, otherCandidate: 403, anonymous: 401 },
  'GET matching-status': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 403, otherCandidate: 403, anonymous: 401 },
  'POST rescore': { adminA: 202, recruiterA: 202, managerA: 403, otherManagerA: 403, adminB: 404, recruiterB: 404, managerB: 403, applicant: 403, otherCandidate: 403, anonymous: 401 },
  'POST sourcing-runs': { adminA: 202, recruiterA: 202, managerA: 403, otherManagerA: 403, adminB: 404, recruiterB: 404, managerB: 403, applicant: 403, otherCandidate: 403, anonymous: 401 },
  'GET application': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 200, otherCandidate: 404, anonymous: 401 },
  'GET events': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 403, otherCandidate: 403, anonymous: 401 },
  // Each allowed actor moves the application one step; the others are refused before any state is looked at.
  'POST transitions': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 403, otherCandidate: 403, anonymous: 401 },
  'GET posting': { adminA: 200, recruiterA: 200, managerA: 200, otherManagerA: 404, adminB: 404, recruiterB: 404, managerB: 404, applicant: 403, otherCandidate: 403, anonymous: 401 },
};

describe('Authorization matrix: two organizations × every role × every review route', () => {
  const platform = new Platform({ worker: true });
  let api: ApiClient;
  const who = {} as Record<Actor, SignedIn | null>;
  let posting: Posting;
  let applicationId: string;
  const steps = ['screening', 'interview', 'offer'];

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    who.adminA = await api.signupOrganization('Org A');
    who.recruiterA = await api.addMember(who.adminA, 'recruiter');
    who.managerA = await api.addMember(who.adminA, 'hiring_manager');
    who.otherManagerA = await api.addMember(who.adminA, 'hiring_manager');
    who.adminB = await api.signupOrganization('Org B');
    who.recruiterB = await api.addMember(who.adminB, 'recruiter');
    who.managerB = await api.addMember(who.adminB, 'hiring_manager');
    who.applicant = await candidateWith(api, strongProfile());
    who.otherCandidate = await candidateWith(api, strongProfile());
    who.anonymous = null;
    posting = await createPublished(api, who.recruiterA.token, { hiringManagerIds: [who.managerA.user.id] });
    applicationId = (await applyTo(api, who.applicant, posting.id)).id;
    await eventually(() => api.get(`/applications/${applicationId}`, who.applicant!.token).then((r) => r.body.match.status), (s) => s === 'scored', 20000, 'scoring');
  });
  afterAll(() => platform.stop());

  const call = (route: string, actor: Actor) => {
    const token = who[actor]?.token;
    switch (route) {
      case 'GET matches': return api.get(`/job-postings/${posting.id}/matches`, token);
      case 'GET suggestions': return api.get(`/job-postings/${posting.id}/suggestions`, token);
      case 'GET matching-status': return api.get(`/job-postings/${posting.id}/matching-status`, token);
      case 'POST rescore': return api.post(`/job-postings/${posting.id}/rescore`, undefined, token);
      case 'POST sourcing-runs': return api.post(`/job-postings/${posting.id}/sourcing-runs`, undefined, token);
      case 'GET application': return api.get(`/applications/${applicationId}`, token);
      case 'GET events': return api.get(`/applications/${applicationId}/events`, token);
      case 'GET posting': return api.get(`/job-postings/${posting.id}`, token);
      case 'POST transitions': {
        const to = MATRIX[route][actor] === 200 ? steps.shift()! : 'screening';
        return api.post(`/applications/${applicationId}/transitions`, { to, note: `by ${actor}` }, token);
      }
      default: throw new Error(route);
    }
  };

  for (const route of Object.keys(MATRIX)) {
    it(`${route}`, async () => {
      const seen: Partial<Record<Actor, number>> = {};
      for (const actor of ACTORS) seen[actor] = (await call(route, actor)).status;
      expect(seen).toEqual(MATRIX[route]);
    });
  }

  it('reveals nothing of organization A in what the others could read', async () => {
    for (const actor of ['adminB', 'recruiterB', 'managerB', 'otherManagerA'] as Actor[]) {
      const res = await api.get(`/job-postings/${posting.id}/matches`, who[actor]!.token);
      expect(JSON.stringify(res.body)).not.toContain(who.applicant!.user.id);
      const list = await api.get('/job-postings', who[actor]!.token).expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(posting.id);
    }
  });
});
