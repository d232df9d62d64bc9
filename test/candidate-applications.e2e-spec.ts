import type { Schema } from '@embauche/api-client';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';
import { applyTo, candidateWithProfile, profileBody, putProfile, type Application } from './support/candidates';
import { eventually } from './support/matching';
import { GAINS_REQUIREMENTS } from './support/gains-scene';

type MyApplication = Schema<'CandidateApplicationResponse'>;

// The gains scene, asking 2 years instead of 4.
const REQUIREMENTS: Schema<'RequirementsDto'> = { ...GAINS_REQUIREMENTS, minYearsExperience: 2 };

/** GET /candidates/me/applications with the worker running: the candidate's own score and gaps, nobody else's. */
describe('A candidate’s applications, once scored', () => {
  const platform = new Platform({ worker: true });
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
  afterAll(() => platform.stop(), 60_000);

  const mine = async (who: SignedIn): Promise<MyApplication[]> => (await api.get('/candidates/me/applications', who.token).expect(200)).body.items;
  const scoredList = (who: SignedIn, revision?: number) =>
    eventually(
      async () => ({ items: await mine(who), app: (await api.get(`/applications/${(await mine(who))[0].id}`, who.token).expect(200)).body as Application }),
      ({ items, app }) => items.every((a) => a.match.status === 'scored') && (revision === undefined || app.match.profileRevision === revision),
    ).then((r) => r.items);

  it('shows the score, whether the must-haves are met, and the required skills and languages lacking or below the level', async () => {
    const strong = await candidateWithProfile(
      api,
      'Strong Candidate',
      profileBody({
        skills: [{ name: 'Java', level: 4 }, { name: 'Docker', level: 2 }, { name: 'Git', level: 3 }],
        languages: [{ language: 'en', level: 'C1' }, { language: 'fr', level: 'native' }],
      }),
    );
    const weak = await candidateWithProfile(
      api,
      'Weak Candidate',
      profileBody({ skills: [{ name: 'Cooking', level: 5 }], languages: [{ language: 'en', level: 'A2' }] }),
    );
    const app = await applyTo(api, strong, posting.id);
    await applyTo(api, weak, posting.id);

    const [item] = await scoredList(strong);
    expect(item).toMatchObject({ id: app.id, jobPostingId: posting.id, jobTitle: posting.title, status: 'applied' });
    expect(item.match.mustHavesMet).toBe(true);
    expect(item.match.score).toBeGreaterThan(0);
    expect(item.match.score).toBeLessThan(100);
    // The score is the one the organization sees.
    const full = (await api.get(`/applications/${app.id}`, recruiter.token).expect(200)).body as Application;
    expect(full.match.score).toBe(item.match.score);

    const lacking = item.match.lacking;
    expect(lacking).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'skill', anyOf: ['docker'], minLevel: 4, yourLevel: 2, importance: 'important' }),
        expect.objectContaining({ type: 'skill', anyOf: ['kubernetes'], minLevel: 2, importance: 'nice' }),
        expect.objectContaining({ type: 'language', language: 'nl', minLevel: 'B1', yourLevel: null, credit: 0 }),
      ]),
    );
    for (const l of lacking) expect(l.credit).toBeLessThan(1);
    // What they hold at the level asked is not listed.
    expect(lacking.find((l) => l.anyOf?.includes('java'))).toBeUndefined();
    expect(lacking.find((l) => l.language === 'en')).toBeUndefined();

    const [weakItem] = await scoredList(weak);
    expect(weakItem.match.mustHavesMet).toBe(false);
    expect(weakItem.match.score).toBeLessThan(item.match.score!);
    expect(weakItem.match.lacking).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'skill', anyOf: ['java'], importance: 'must', minLevel: 3 }),
        expect.objectContaining({ type: 'language', language: 'en', importance: 'must', minLevel: 'B2', yourLevel: 'A2' }),
      ]),
    );

    // Nothing about the other candidate.
    const text = JSON.stringify(await mine(strong));
    expect(text).not.toContain(weak.user.id);
    expect(text).not.toContain('Weak Candidate');
    expect(text).not.toContain('Cooking');
    expect(Object.keys(item).sort()).toEqual(['createdAt', 'id', 'jobPostingId', 'jobTitle', 'match', 'status', 'updatedAt']);
  });

  it('matches skills the taxonomy does not know by their normalized text', async () => {
    const custom = await createPublished(api, recruiter.token, {
      requirements: { skills: [{ anyOf: ['Zorblax Framework'], minLevel: 3, importance: 'must' }], languages: [], minYearsExperience: null },
    });
    const [knows, lacks] = await Promise.all([
      candidateWithProfile(api, 'Knows Zorblax', profileBody({ skills: [{ name: 'zorblax-framework', level: 4 }] })),
      candidateWithProfile(api, 'Lacks Zorblax', profileBody({ skills: [{ name: 'Zorblax', level: 4 }] })),
    ]);
    expect(knows.profile.skills[0].skillId).toBeNull();
    await applyTo(api, knows, custom.id);
    await applyTo(api, lacks, custom.id);
    const [known] = await scoredList(knows);
    expect(known.match).toMatchObject({ mustHavesMet: true, lacking: [] });
    const [lacking] = await scoredList(lacks);
    expect(lacking.match.mustHavesMet).toBe(false);
    expect(lacking.match.lacking).toEqual([expect.objectContaining({ type: 'skill', importance: 'must', yourLevel: null, credit: 0 })]);
  });

  it('is scored again from the new revision after a profile change, and the gap closes', async () => {
    const carla = await candidateWithProfile(
      api,
      'Carla',
      profileBody({ skills: [{ name: 'Java', level: 4 }, { name: 'Docker', level: 2 }], languages: [{ language: 'en', level: 'B2' }] }),
    );
    await applyTo(api, carla, posting.id);
    const [before] = await scoredList(carla);
    expect(before.match.lacking.some((l) => l.anyOf?.includes('docker'))).toBe(true);

    const edited = await putProfile(
      api,
      carla,
      profileBody({
        skills: [{ name: 'Java', level: 4 }, { name: 'Docker', level: 5 }, { name: 'Kubernetes', level: 3 }],
        languages: [{ language: 'en', level: 'B2' }, { language: 'nl', level: 'B2' }],
      }),
    );
    const [after] = await scoredList(carla, edited.revision);
    expect(after.match.lacking).toEqual([]);
    expect(after.match.score!).toBeGreaterThan(before.match.score!);
  });
});
