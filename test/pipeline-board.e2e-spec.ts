import { ApiClient, ok, type SignedIn } from './support/factories';
import { applyTo, candidateWithProfile, transition } from './support/candidates';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

interface Card {
  applicationId: string;
  candidateId: string;
  candidate: { name: string | null; email: string | null; headline: string | null; city: string | null };
  status: string;
  statusChangedAt: string;
  match: { status: string; score: number | null; mustHavesMet: boolean | null };
}
interface Column {
  items: Card[];
  nextCursor: string | null;
  counts: Record<string, number>;
}

/**
 * The pipeline board's read (GET /job-postings/{id}/pipeline): one column per status, scored or
 * not, longest in stage first, keyset-paged, every column's size, blind review as the ranked list
 * applies it, and the same access rule. Also what the application page reads beside it: the
 * names of the members in the audit trail and the applicant's profile.
 */
describe('The pipeline board and the application page’s reads', () => {
  const platform = new Platform({ worker: false });
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let posting: Posting;
  const people: SignedIn[] = [];
  const applicationIds: string[] = [];

  const column = (status: string, who: SignedIn = manager, extra = '') => api.get(`/job-postings/${posting.id}/pipeline?status=${status}${extra}`, who.token);

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Pipeline SA');
    recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
    manager = await api.addMember(admin, 'hiring_manager', 'Hugo Manager');
    otherManager = await api.addMember(admin, 'hiring_manager', 'Other Manager');
    posting = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    for (const name of ['Ann One', 'Bob Two', 'Cat Three', 'Dan Four']) {
      const who = await candidateWithProfile(api, name);
      people.push(who);
      applicationIds.push((await applyTo(api, who, posting.id)).id);
    }
    await transition(api, recruiter, applicationIds[0], 'screening');
    await transition(api, manager, applicationIds[1], 'screening');
    await transition(api, manager, applicationIds[1], 'interview', 'Strong SQL, invite');
  }, 120000);
  afterAll(() => platform.stop());

  it('gives one status’s applications, longest in stage first, with every column’s size', async () => {
    const applied: Column = (await column('applied').expect(200)).body;
    expect(applied.items.map((c) => c.applicationId)).toEqual([applicationIds[2], applicationIds[3]]);
    expect(applied.items.every((c) => c.status === 'applied' && c.match.status === 'pending' && c.match.score === null)).toBe(true);
    expect(applied.counts).toEqual({ applied: 2, screening: 1, interview: 1, offer: 0, hired: 0, rejected: 0, withdrawn: 0 });
    expect(applied.nextCursor).toBeNull();
    const interview: Column = (await column('interview').expect(200)).body;
    expect(interview.items.map((c) => c.candidate.name)).toEqual(['Bob Two']);
  });

  it('stamps the time an application entered its status on every move', async () => {
    const before: Column = (await column('screening').expect(200)).body;
    const entered = Date.parse(before.items[0].statusChangedAt);
    const application = await ok(api.as(manager).GET('/api/v1/applications/{id}', { params: { path: { id: applicationIds[0] } } }));
    expect(entered).toBeGreaterThan(Date.parse(application.createdAt));
    await transition(api, manager, applicationIds[0], 'interview');
    const after: Column = (await column('interview').expect(200)).body;
    const moved = after.items.find((c) => c.applicationId === applicationIds[0]);
    expect(Date.parse(moved!.statusChangedAt)).toBeGreaterThanOrEqual(entered);
    expect(after.items.map((c) => c.applicationId)).toEqual([applicationIds[1], applicationIds[0]]);
    expect(after.counts.screening).toBe(0);
  });

  it('pages by keyset without repeating or skipping a card', async () => {
    const first: Column = (await column('applied', manager, '&limit=1').expect(200)).body;
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second: Column = (await column('applied', manager, `&limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`).expect(200)).body;
    expect([...first.items, ...second.items].map((c) => c.applicationId)).toEqual([applicationIds[2], applicationIds[3]]);
    expect(second.nextCursor).toBeNull();
  });

  it('hides names and emails under blind review until interview, as the ranked list does', async () => {
    await api.patch('/organization', { blindReview: true }, admin.token).expect(200);
    try {
      const applied: Column = (await column('applied').expect(200)).body;
      expect(applied.items.map((c) => [c.candidate.name, c.candidate.email])).toEqual([
        [null, null],
        [null, null],
      ]);
      expect(applied.items[0].candidate.headline).not.toBeNull();
      const interview: Column = (await column('interview').expect(200)).body;
      expect(interview.items.every((c) => c.candidate.name !== null)).toBe(true);
      const asked: Column = (await column('applied', recruiter, '&blind=true').expect(200)).body;
      expect(asked.items.every((c) => c.candidate.name === null)).toBe(true);
    } finally {
      await api.patch('/organization', { blindReview: false }, admin.token).expect(200);
    }
  });

  it('answers 404 to a manager not on the posting and to another organization, 403 to a candidate, 400 to bad input', async () => {
    await column('applied', otherManager).expect(404);
    const stranger = await api.signupOrganization('Elsewhere BV');
    await column('applied', stranger).expect(404);
    await column('applied', people[0]).expect(403);
    for (const query of ['', '?status=hired_maybe', '?status=applied&limit=0', '?status=applied&cursor=nope', '?status=applied&blind=maybe']) {
      const res = await api.get(`/job-postings/${posting.id}/pipeline${query}`, manager.token).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('names the member behind each move in the audit trail, never the candidate', async () => {
    await ok(api.as(people[3]).POST('/api/v1/applications/{id}/withdraw', { params: { path: { id: applicationIds[3] } } }));
    const trail = (await api.get(`/applications/${applicationIds[1]}/events`, recruiter.token).expect(200)).body.items as Array<{ type: string; to: string | null; note: string | null; actorName: string | null }>;
    expect(trail.map((e) => [e.type, e.to, e.actorName, e.note])).toEqual([
      ['applied', 'applied', null, null],
      ['transition', 'screening', 'Hugo Manager', null],
      ['transition', 'interview', 'Hugo Manager', 'Strong SQL, invite'],
    ]);
    const withdrawn = (await api.get(`/applications/${applicationIds[3]}/events`, recruiter.token).expect(200)).body.items as Array<{ type: string; actorName: string | null }>;
    expect(withdrawn.map((e) => [e.type, e.actorName])).toEqual([
      ['applied', null],
      ['withdrawn', null],
    ]);
    const board: Column = (await column('withdrawn').expect(200)).body;
    expect(board.items.map((c) => c.applicationId)).toEqual([applicationIds[3]]);
  });

  it('shows members the applicant’s profile with the application, and the candidate only their own application', async () => {
    const forMember = (await api.get(`/applications/${applicationIds[2]}`, manager.token).expect(200)).body;
    expect(forMember.candidate.name).toBe('Cat Three');
    expect(forMember.candidate.skills.length).toBeGreaterThan(0);
    expect(forMember.candidate.skills[0]).toEqual(expect.objectContaining({ name: expect.any(String), level: expect.any(Number) }));
    expect(Array.isArray(forMember.candidate.languages)).toBe(true);
    const forCandidate = (await api.get(`/applications/${applicationIds[2]}`, people[2].token).expect(200)).body;
    expect(forCandidate.candidate).toBeUndefined();
  });

  it('keeps the applicant’s name and email out of the profile under blind review, asked for or set by the organization', async () => {
    const blindRead = async (query: string) => (await api.get(`/applications/${applicationIds[2]}${query}`, manager.token).expect(200)).body.candidate;
    const asked = await blindRead('?blind=true');
    expect([asked.name, asked.email]).toEqual([null, null]);
    expect(asked.skills.length).toBeGreaterThan(0);
    await api.patch('/organization', { blindReview: true }, admin.token).expect(200);
    try {
      const byOrganization = await blindRead('');
      expect([byOrganization.name, byOrganization.email]).toEqual([null, null]);
      expect(JSON.stringify(byOrganization)).not.toContain('Cat Three');
    } finally {
      await api.patch('/organization', { blindReview: false }, admin.token).expect(200);
    }
  });
});
