import { AppProcess } from './support/app-process';
import { applyTo, candidateWithProfile, putProfile, transition } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { eventually } from './support/matching';
import { Platform } from './support/platform';
import { GAINS_PROFILE, GAINS_REQUIREMENTS } from './support/gains-scene';
import { freePort } from './support/ports';
import { createPublished, problemFields, type Posting } from './support/postings';

interface Gain {
  type: 'skill' | 'language' | 'experience';
  importance: string | null;
  anyOf: string[] | null;
  skill: string | null;
  language: string | null;
  askedLevel: number | string | null;
  yourLevel: number | string | null;
  askedYears: number | null;
  yourYears: number | null;
  points: number;
  scoreIfMet: number;
  mustHavesMetIfMet: boolean;
}
interface MyApplication {
  id: string;
  status: string;
  jobTitle: string;
  jobStatus: string;
  coverLetter: string | null;
  match: { status: string; score: number | null; mustHavesMet: boolean | null; lacking: unknown[] };
  timeline: Array<{ at: string; type: string; from: string | null; to: string | null }>;
  criteria: Array<{ criterion: string; included: boolean; weight: number; points: number }>;
  whatWouldChange: { status: 'available' | 'notScored' | 'outdated'; gains: Gain[] };
}

const REQUIREMENTS = GAINS_REQUIREMENTS;
const PROFILE = GAINS_PROFILE;

/** GET /candidates/me/applications/{id}: the candidate's own timeline, explanation and exact "what would change it". */
describe('A candidate’s own application read', () => {
  const platform = new Platform();
  let worker: AppProcess | undefined;
  let api: ApiClient;
  let recruiter: SignedIn;
  let posting: Posting;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization();
    recruiter = await api.addMember(admin, 'recruiter');
    posting = await createPublished(api, recruiter.token, { requirements: REQUIREMENTS });
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await platform.stop();
  }, 60_000);

  /** Started after the first apply, so that test sees a pending match for sure. */
  async function startWorker() {
    if (worker) return;
    const port = await freePort();
    worker = new AppProcess('worker', platform.env({ WORKER_HEALTH_PORT: String(port) }), `http://127.0.0.1:${port}/health/ready`);
    await worker.start();
  }

  const read = async (who: SignedIn, id: string): Promise<MyApplication> => (await api.get(`/candidates/me/applications/${id}`, who.token).expect(200)).body;
  const scored = (who: SignedIn, id: string, revision?: number) =>
    eventually(
      async () => ({ mine: await read(who, id), revision: (await api.get(`/applications/${id}`, who.token).expect(200)).body.match.profileRevision as number }),
      (r) => r.mine.match.status === 'scored' && (revision === undefined || r.revision === revision),
      20_000,
      'the score',
    ).then((r) => r.mine);

  it('says the score is not there yet while scoring is pending, then gives exact gains; meeting one gives score + gain', async () => {
    const candidate = await candidateWithProfile(api, 'Dana Docker', PROFILE);
    const app = await applyTo(api, candidate, posting.id, { coverLetter: 'Bonjour' });

    // No worker yet: the match is pending, and so are the gains.
    const pending = await read(candidate, app.id);
    expect(pending).toMatchObject({ id: app.id, status: 'applied', jobTitle: posting.title, jobStatus: 'published', coverLetter: 'Bonjour', canWithdraw: true });
    expect(pending.match).toMatchObject({ status: 'pending', score: null });
    expect(pending.whatWouldChange).toEqual({ status: 'notScored', gains: [] });
    expect(pending.criteria).toEqual([]);

    await startWorker();
    const mine = await scored(candidate, app.id);
    const score = mine.match.score!;
    expect(mine.match.mustHavesMet).toBe(false); // English A1 for a B2 must-have: credit 0.25
    expect(Math.round(mine.criteria.reduce((sum, c) => sum + c.points, 0) * 100) / 100).toBe(score);

    const { status, gains } = mine.whatWouldChange;
    expect(status).toBe('available');
    // Java (level 4 for 3) and French are fully met: no gain for them. Everything else is listed, largest first.
    expect(gains.map((g) => g.skill ?? g.language ?? g.type).sort()).toEqual(['docker', 'en', 'experience', 'kubernetes', 'nl']);
    for (let i = 1; i < gains.length; i++) expect(gains[i - 1].points).toBeGreaterThanOrEqual(gains[i].points);
    for (const g of gains) {
      expect(g.points).toBeGreaterThan(0);
      expect(Math.round((score + g.points) * 100)).toBe(Math.round(g.scoreIfMet * 100));
    }
    const docker = gains.find((g) => g.skill === 'docker')!;
    expect(docker).toMatchObject({ type: 'skill', importance: 'important', anyOf: ['docker'], askedLevel: 4, yourLevel: 2, mustHavesMetIfMet: false });
    const english = gains.find((g) => g.language === 'en')!;
    expect(english).toMatchObject({ type: 'language', importance: 'must', askedLevel: 'B2', yourLevel: 'A1', mustHavesMetIfMet: true });
    expect(gains.find((g) => g.type === 'experience')).toMatchObject({ askedYears: 4, yourYears: 2, importance: null });
    expect(gains.find((g) => g.language === 'nl')).toMatchObject({ askedLevel: 'B1', yourLevel: null });

    // The candidate raises Docker to the level asked: the new score is exactly the one promised.
    const skills = (PROFILE.skills as Array<{ name: string; level: number }>).map((s) => (s.name === 'Docker' ? { ...s, level: 4 } : s));
    const profile = await putProfile(api, candidate, { ...PROFILE, skills });
    const after = await scored(candidate, app.id, profile.revision);
    expect(after.match.score).toBe(docker.scoreIfMet);
    expect(after.whatWouldChange.gains.find((g) => g.skill === 'docker')).toBeUndefined();
  });

  it('shows the status timeline without who moved it or their notes', async () => {
    const candidate = await candidateWithProfile(api, 'Tim Timeline', PROFILE);
    const app = await applyTo(api, candidate, posting.id);
    await transition(api, recruiter, app.id, 'screening', 'NOTE-FOR-THE-TEAM-ONLY');
    await api.post(`/applications/${app.id}/withdraw`, undefined, candidate.token).expect(200);
    const mine = await read(candidate, app.id);
    expect(mine).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    expect(mine.timeline.map(({ type, from, to }) => ({ type, from, to }))).toEqual([
      { type: 'applied', from: null, to: 'applied' },
      { type: 'transition', from: 'applied', to: 'screening' },
      { type: 'withdrawn', from: 'screening', to: 'withdrawn' },
    ]);
    const text = JSON.stringify(mine);
    expect(text).not.toContain('NOTE-FOR-THE-TEAM-ONLY');
    expect(text).not.toContain(recruiter.user.id);
    for (const entry of mine.timeline) expect(Object.keys(entry).sort()).toEqual(['at', 'from', 'to', 'type']);
  });

  it('re-scores when the posting’s scored facts move (city, salary), so the gains add up to the score shown again', async () => {
    await startWorker();
    const other = await createPublished(api, recruiter.token, { requirements: REQUIREMENTS });
    const candidate = await candidateWithProfile(api, 'Otto Outdated', PROFILE);
    const app = await applyTo(api, candidate, other.id);
    const version = async () => (await api.get(`/applications/${app.id}`, recruiter.token).expect(200)).body.match.requirementsVersion as number;
    // Scored at the posting's requirements version, and only then: the worker runs, so "pending" may be too brief to see.
    const scoredAtVersion = (v: number) =>
      eventually(
        async () => ({ mine: await read(candidate, app.id), version: await version() }),
        (r) => r.mine.match.status === 'scored' && r.version === v,
        20_000,
        `the score at requirements version ${v}`,
      ).then((r) => r.mine);
    const first = await version();
    expect((await scoredAtVersion(first)).whatWouldChange.status).toBe('available');
    // Moving the job from Liège to Namur changes the location sub-score: the stored score is dated at once…
    await api.patch(`/job-postings/${other.id}`, { city: 'Namur' }, recruiter.token).expect(200);
    const moved = await version();
    expect(moved).toBeGreaterThan(first);
    // …and re-scored against Namur, with exact gains again.
    expect((await scoredAtVersion(moved)).whatWouldChange.status).toBe('available');
    // A salary change is scored too; a title change is not, and leaves the score alone.
    await api.patch(`/job-postings/${other.id}`, { salary: { min: 3000, max: 4200, currency: 'EUR', period: 'month' } }, recruiter.token).expect(200);
    const paid = await version();
    expect(paid).toBeGreaterThan(moved);
    const before = await scoredAtVersion(paid);
    await api.patch(`/job-postings/${other.id}`, { title: 'Développeur·se back-end (Namur)' }, recruiter.token).expect(200);
    expect(await version()).toBe(paid);
    const after = await read(candidate, app.id);
    expect(after.match).toEqual(before.match);
  });

  it('is the candidate’s own: another candidate gets 404, organization members 403, a bad id 400', async () => {
    const owner = await candidateWithProfile(api, 'Olga Owner', PROFILE);
    const app = await applyTo(api, owner, posting.id);
    const stranger = await candidateWithProfile(api, 'Sam Stranger', PROFILE);
    problemFields(await api.get(`/candidates/me/applications/${app.id}`, stranger.token), 404);
    problemFields(await api.get(`/candidates/me/applications/00000000-0000-4000-8000-000000000000`, owner.token), 404);
    problemFields(await api.get(`/candidates/me/applications/${app.id}`, recruiter.token), 403);
    problemFields(await api.get(`/candidates/me/applications/${app.id}`), 401);
    expect(problemFields(await api.get(`/candidates/me/applications/nope`, owner.token), 400)).toEqual(['id']);
    // The organization's read of the same application never carries the gains.
    const theirs = (await api.get(`/applications/${app.id}`, recruiter.token).expect(200)).body;
    expect(theirs).not.toHaveProperty('whatWouldChange');
  });
});
