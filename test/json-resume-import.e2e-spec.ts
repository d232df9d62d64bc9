import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { extractSkills } from '@embauche/skills/skill-extractor';
import { ApiClient, type SignedIn } from './support/factories';

const catalog = SkillCatalog.fromBundledData();
import { Platform } from './support/platform';
import { problemFields } from './support/postings';
import { packagedResumes, profileBody, putProfile, yearsBetween, type ImportedProfile, type Profile } from './support/candidates';


type SkillRow = [name: string, skillId: string | null, level: number];

interface Expected {
  headline: string;
  summaryStart: string;
  city: string;
  country: string;
  educationLevel: string;
  languages: Array<{ language: string; level: string }>;
  /** Work ranges as [start, end | undefined (still there)]; years are computed from them and today. */
  work: Array<[string, string | undefined]>;
  skills: SkillRow[];
}

/**
 * What each resume shipped in @jsonresume/schema must become, read off the
 * files themselves. A new example in the package fails the "every example"
 * test until it is described here.
 */
const EXPECTED: Record<string, Expected> = {
  'sample.resume.json': {
    headline: 'Programmer',
    summaryStart: 'Richard hails from Tulsa.',
    city: 'San Francisco',
    country: 'US',
    educationLevel: 'bachelor',
    languages: [{ language: 'en', level: 'native' }],
    work: [['2013-12-01', '2014-12-01']],
    skills: [
      ['Web Development', 'web-development', 5],
      ['HTML', 'html', 5],
      ['CSS', 'css', 5],
      ['Javascript', 'javascript', 5],
      ['Compression', null, 5],
      ['Mpeg', null, 5],
      ['MP4', null, 5],
      ['GIF', null, 5],
    ],
  },
  'examples/career-changer.resume.json': {
    headline: 'Junior Data Analyst (former Restaurant Manager)',
    summaryStart: 'After eight years running high-volume restaurants',
    city: 'Austin',
    country: 'US',
    // "Associate of Applied Science": the profile has nothing between secondary and bachelor; bachelor is the documented choice.
    educationLevel: 'bachelor',
    languages: [
      { language: 'en', level: 'native' },
      { language: 'es', level: 'native' },
    ],
    work: [
      ['2024-08-01', '2025-04-01'],
      ['2018-03-01', '2024-07-01'],
      ['2016-01-01', '2018-02-01'],
    ],
    skills: [
      ['Data Analysis', 'data-analysis', 3],
      ['SQL', 'sql', 3],
      ['Python', 'python', 3],
      ['pandas', 'pandas', 3],
      // dbt, Excel, Tableau, Looker Studio, Matplotlib, data analysis and visualization joined the taxonomy; they were custom skills before.
      ['dbt', 'dbt', 3],
      ['Excel', 'excel', 3],
      ['Data Visualization', 'data-visualization', 3],
      ['Tableau', 'tableau', 3],
      ['Looker Studio', 'looker-studio', 3],
      ['Matplotlib', 'matplotlib', 3],
      // Split by the shared extractor (it was one custom skill "Operations & Leadership" before).
      ['Operations', null, 4],
      ['Leadership', 'leadership', 4],
      ['P&L management', null, 4],
      ['Scheduling', 'planning-skills', 4],
      ['Team training', 'coaching', 4],
      ['Vendor negotiation', 'vendor-management', 4],
    ],
  },
  'examples/new-grad.resume.json': {
    headline: 'Computer Science Graduate',
    summaryStart: 'Recent computer science graduate',
    city: 'Seattle',
    country: 'US',
    educationLevel: 'bachelor',
    languages: [
      { language: 'en', level: 'native' },
      { language: 'ig', level: 'B1' },
    ],
    work: [
      ['2024-06-01', '2024-09-01'],
      ['2023-06-01', '2023-09-01'],
    ],
    skills: [
      // The group header "Programming Languages" is no skill; it used to become a custom one.
      ['Python', 'python', 3],
      ['TypeScript', 'typescript', 3],
      ['Java', 'java', 3],
      ['Go', 'go', 3],
      ['SQL', 'sql', 3],
      ['Web Development', 'web-development', 3],
      ['React', 'react', 3],
      ['Next.js', 'nextjs', 3],
      ['Node.js', 'nodejs', 3],
      ['REST APIs', 'rest-api', 3],
      ['Data & Infrastructure', null, 2],
      ['PostgreSQL', 'postgresql', 2],
      ['Docker', 'docker', 2],
      ['Git', 'git', 2],
      ['AWS', 'aws', 2],
    ],
  },
  'examples/senior-engineer.resume.json': {
    headline: 'Staff Software Engineer, Distributed Systems',
    summaryStart: 'Staff engineer with 14 years',
    city: 'San Francisco',
    country: 'US',
    educationLevel: 'doctorate',
    languages: [
      { language: 'en', level: 'native' },
      { language: 'es', level: 'C1' },
      { language: 'pt', level: 'B2' },
    ],
    work: [
      ['2020-02-01', undefined],
      ['2015-06-01', '2020-01-01'],
      ['2011-08-01', '2015-05-01'],
    ],
    skills: [
      ['Distributed Systems', 'distributed-systems', 5],
      ['Consensus', null, 5],
      ['Replication', 'database-replication', 5],
      ['Erasure coding', null, 5],
      ['Consistency models', null, 5],
      // The group header "Programming Languages" is no skill; it used to become a custom one.
      ['Go', 'go', 5],
      ['Rust', 'rust', 5],
      ['Java', 'java', 5],
      ['Python', 'python', 5],
      ['C++', 'cplusplus', 5],
      ['Infrastructure', null, 4],
      ['Kafka', 'kafka', 4],
      ['Kubernetes', 'kubernetes', 4],
      ['Terraform', 'terraform', 4],
      ['Prometheus', 'prometheus', 4],
      ['S3', 'amazon-s3', 4],
    ],
  },
};

/** The work ranges of the examples do not overlap, so their years add up. */
const expectedYears = (work: Expected['work']) => work.reduce((sum, [start, end]) => sum + yearsBetween(start, end), 0);

describe('JSON Resume import', () => {
  const platform = new Platform();
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  }, 60_000);
  afterAll(() => platform.stop(), 60_000);

  const importResume = (who: SignedIn, doc: unknown) => api.post('/candidates/me/profile/json-resume', doc, who.token);
  const imported = async (who: SignedIn, doc: unknown): Promise<ImportedProfile> => {
    const res = await importResume(who, doc);
    if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as ImportedProfile;
  };
  const getProfile = (who: SignedIn) => api.get('/candidates/me/profile', who.token);

  describe('the example resumes shipped with @jsonresume/schema', () => {
    const resumes = packagedResumes();

    it('ships the sample and at least the examples described here', () => {
      expect(resumes.length).toBeGreaterThanOrEqual(4);
      expect(resumes.map((r) => r.name)).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
      for (const { name } of resumes) expect(Object.keys(EXPECTED)).toContain(name); // describe any new example
    });

    it.each(resumes.map((r) => [r.name, r.doc] as const))('imports %s', async (name, doc) => {
      const expected = EXPECTED[name];
      const candidate = await api.signupCandidate();
      const profile = await imported(candidate, doc);

      expect(profile).toMatchObject({
        candidateId: candidate.user.id,
        headline: expected.headline,
        city: expected.city,
        country: expected.country,
        educationLevel: expected.educationLevel,
        languages: expected.languages,
        remotePreference: 'any',
        willingToRelocate: false,
        salaryExpectation: null,
        discoverable: false,
        discoverableSince: null,
        revision: 1,
        unmapped: [],
      });
      expect(profile.summary?.startsWith(expected.summaryStart)).toBe(true);
      expect(profile.summary).toBe((doc.basics as { summary: string }).summary);
      expect(profile.skills.map((s) => [s.name, s.skillId, s.level])).toEqual(expected.skills);

      // Every part of every skills[].name and keyword became a skill (a group header has none).
      const names = new Set(profile.skills.map((s) => s.name));
      for (const group of doc.skills as Array<{ name: string; keywords?: string[] }>) {
        for (const entry of [group.name, ...(group.keywords ?? [])]) {
          for (const part of extractSkills(entry, catalog)) expect(names).toContain(part.name);
        }
      }

      const years = expectedYears(expected.work);
      if (expected.work.every(([, end]) => end !== undefined)) expect(profile.yearsExperience).toBeCloseTo(Math.round(years * 10) / 10, 5);
      else expect(Math.abs(profile.yearsExperience! - years)).toBeLessThanOrEqual(0.1); // runs to today

      // What the import answered is what is stored.
      const { unmapped, ...stored } = profile;
      void unmapped;
      expect((await getProfile(candidate).expect(200)).body).toEqual(stored);
    });

    it('counts the open-ended job of the senior engineer up to today', async () => {
      const senior = resumes.find((r) => r.name === 'examples/senior-engineer.resume.json')!;
      const profile = await imported(await api.signupCandidate(), senior.doc);
      // 2011-08 → 2015-05, 2015-06 → 2020-01, 2020-02 → today: more than 14 years as of 2026, and growing.
      const closed = yearsBetween('2011-08-01', '2015-05-01') + yearsBetween('2015-06-01', '2020-01-01');
      expect(profile.yearsExperience!).toBeGreaterThan(closed + yearsBetween('2020-02-01') - 0.1);
      expect(profile.yearsExperience!).toBeGreaterThan(14);
    });
  });

  describe('mapping', () => {
    it('maps the free-text skill level: Master/Expert 5, Advanced 4, Intermediate 3, Beginner/Novice 2, unknown 3', async () => {
      const doc = {
        skills: [
          { name: 'Alpha skill', level: 'Master' },
          { name: 'Bravo skill', level: 'Expert' },
          { name: 'Charlie skill', level: 'Advanced' },
          { name: 'Delta skill', level: 'Intermediate' },
          { name: 'Echo skill', level: 'Beginner' },
          { name: 'Foxtrot skill', level: 'Novice' },
          { name: 'Golf skill', level: 'Wizard' },
          { name: 'Hotel skill' },
        ],
      };
      const profile = await imported(await api.signupCandidate(), doc);
      expect(profile.skills.map((s) => [s.name, s.level])).toEqual([
        ['Alpha skill', 5],
        ['Bravo skill', 5],
        ['Charlie skill', 4],
        ['Delta skill', 3],
        ['Echo skill', 2],
        ['Foxtrot skill', 2],
        ['Golf skill', 3],
        ['Hotel skill', 3],
      ]);
      expect(profile.unmapped).toEqual([{ field: 'skills[6].level', value: 'Wizard', reason: expect.stringContaining('3') }]);
    });

    it('maps fluency onto CEFR and reports languages it does not know', async () => {
      const doc = {
        languages: [
          { language: 'English', fluency: 'Native speaker' },
          { language: 'French', fluency: 'Fluent' },
          { language: 'Dutch', fluency: 'Professional working proficiency' },
          { language: 'German', fluency: 'Conversational' },
          { language: 'Spanish', fluency: 'Limited working proficiency' },
          { language: 'Italian', fluency: 'Elementary' },
          { language: 'Klingon', fluency: 'Fluent' },
        ],
      };
      const profile = await imported(await api.signupCandidate(), doc);
      expect(profile.languages).toEqual([
        { language: 'en', level: 'native' },
        { language: 'fr', level: 'C1' },
        { language: 'nl', level: 'B2' },
        { language: 'de', level: 'B1' },
        { language: 'es', level: 'B1' },
        { language: 'it', level: 'A2' },
      ]);
      expect(profile.unmapped).toEqual([{ field: 'languages[6].language', value: 'Klingon', reason: expect.any(String) }]);
    });

    it('counts overlapping jobs once', async () => {
      const doc = {
        work: [
          { name: 'A', startDate: '2015-01-01', endDate: '2018-01-01' },
          { name: 'B (inside A)', startDate: '2016-01-01', endDate: '2017-01-01' },
          { name: 'C (overlaps A)', startDate: '2017-06-01', endDate: '2019-01-01' },
          { name: 'D', startDate: '2020-01-01', endDate: '2021-01-01' },
        ],
      };
      const profile = await imported(await api.signupCandidate(), doc);
      // 2015-01-01 → 2019-01-01 (4 years) + 2020 (1 year); summing the ranges would give 8.6.
      expect(profile.yearsExperience).toBe(5);
    });

    it('counts an open end date up to today', async () => {
      const profile = await imported(await api.signupCandidate(), { work: [{ name: 'Now', startDate: '2021-03-01' }] });
      expect(Math.abs(profile.yearsExperience! - yearsBetween('2021-03-01'))).toBeLessThanOrEqual(0.1);
    });

    it.each([
      [['Ph.D.'], 'doctorate'],
      [['Doctor of Philosophy'], 'doctorate'],
      [['Master'], 'master'],
      [['Master of Science'], 'master'],
      [['Bachelor'], 'bachelor'],
      [['Associate'], 'bachelor'],
      [['Bachelor', 'Master', 'High School'], 'master'],
    ])('maps education %j to %s (the highest wins)', async (studyTypes, level) => {
      const doc = { education: studyTypes.map((studyType) => ({ institution: 'Somewhere', studyType, area: 'Computer Science' })) };
      const profile = await imported(await api.signupCandidate(), doc);
      expect(profile.educationLevel).toBe(level);
    });

    it('maps basics: label to headline, summary, location to city and country', async () => {
      const doc = { basics: { name: 'Léa', label: 'Développeuse back-end', summary: 'Java depuis 2015.', location: { city: 'Liège', countryCode: 'BE' } } };
      const profile = await imported(await api.signupCandidate(), doc);
      expect(profile).toMatchObject({ headline: 'Développeuse back-end', summary: 'Java depuis 2015.', city: 'Liège', country: 'BE' });
    });

    it('merges duplicate skills after normalization, keeping the first spelling and the higher level', async () => {
      const doc = {
        skills: [
          { name: 'Storage', level: 'Beginner', keywords: ['Postgres'] },
          { name: 'Group Bravo', level: 'Expert', keywords: ['PostgreSQL', 'Node.js'] },
          { name: 'Runtimes', level: 'Intermediate', keywords: ['nodejs', 'NodeJS'] },
        ],
      };
      const candidate = await api.signupCandidate();
      const profile = await imported(candidate, doc);
      expect(profile.skills.map((s) => [s.name, s.skillId, s.level])).toEqual([
        ['Storage', null, 2],
        ['Postgres', 'postgresql', 5],
        ['Group Bravo', null, 5],
        ['Node.js', 'nodejs', 5],
        ['Runtimes', null, 3],
      ]);
      // The same list through PUT is refused: there the candidate can fix it.
      const res = await api.put('/candidates/me/profile', profileBody({ skills: [{ name: 'Postgres' }, { name: 'PostgreSQL' }] }), candidate.token);
      expect(problemFields(res, 400)).toEqual(['skills[1].name']);
    });

    it('keeps the first 200 skills and reports the rest, and reports names over 100 characters', async () => {
      const keywords = Array.from({ length: 205 }, (_, i) => `Keyword ${String(i).padStart(3, '0')}`);
      const long = 'L'.repeat(101);
      const doc = { skills: [{ name: long, level: 'Advanced' }, { name: 'Many', level: 'Advanced', keywords }] };
      const profile = await imported(await api.signupCandidate(), doc);
      expect(profile.skills).toHaveLength(200);
      expect(profile.skills[0]).toMatchObject({ name: 'Many', level: 4 });
      expect(profile.skills.map((s) => s.name)).not.toContain(long);
      expect(profile.unmapped).toEqual([
        { field: 'skills[0].name', value: expect.any(String), reason: expect.stringContaining('100') },
        ...keywords.slice(199).map((k, i) => ({ field: `skills[1].keywords[${199 + i}]`, value: k, reason: expect.stringContaining('200') })),
      ]);
    });
  });

  describe('an existing profile', () => {
    it('replaces skills and languages, keeps what a resume does not say, and bumps the revision once', async () => {
      const carla = await api.signupCandidate();
      const before = await putProfile(
        api,
        carla,
        profileBody({ remotePreference: 'remote', willingToRelocate: true, discoverable: true, headline: 'Old headline', educationLevel: 'master' }),
      );
      const doc = {
        basics: { label: 'New headline' },
        skills: [{ name: 'Go', level: 'Advanced' }],
        languages: [{ language: 'Dutch', fluency: 'Fluent' }],
      };
      const profile = await imported(carla, doc);
      expect(profile).toMatchObject({
        headline: 'New headline',
        summary: before.summary,
        city: 'Liège',
        country: 'BE',
        educationLevel: 'master',
        yearsExperience: before.yearsExperience,
        remotePreference: 'remote',
        willingToRelocate: true,
        salaryExpectation: before.salaryExpectation,
        discoverable: true,
        discoverableSince: before.discoverableSince,
        skills: [{ name: 'Go', skillId: 'go', level: 4 }],
        languages: [{ language: 'nl', level: 'C1' }],
        revision: before.revision + 1,
      });
      // The same resume again changes nothing.
      const again = await imported(carla, doc);
      expect(again.revision).toBe(before.revision + 1);
      expect(again.updatedAt).toBe(profile.updatedAt);
    });
  });

  describe('documents that break the schema', () => {
    // Until the import was made lenient these were refused whole with a 400; published resumes break
    // the schema this way all the time, so the import now keeps what it can read and reports the rest.
    it('imports what it can read and reports every field it left out', async () => {
      const carla = await api.signupCandidate();
      const doc = {
        basics: { name: 'Carla', label: 'Developer', email: 'not-an-email', url: 'not a url' },
        work: [
          { name: 'X', startDate: '2020-13' },
          { name: 'Y', startDate: '2021-02-31' },
          { name: 'Z', startDate: 'last year' },
          { name: 'Now', startDate: '2022-01', endDate: 'Present' },
        ],
        skills: 'Java',
      };
      const profile = await imported(carla, doc);
      expect(profile).toMatchObject({ headline: 'Developer', skills: [] });
      expect(Math.abs(profile.yearsExperience! - yearsBetween('2022-01-01'))).toBeLessThanOrEqual(0.1);
      expect(profile.unmapped.map((u) => u.field).sort()).toEqual(['basics.email', 'basics.url', 'skills', 'work[0].startDate', 'work[1].startDate', 'work[2].startDate']);
      expect(profile.unmapped.every((u) => u.reason.length > 0)).toBe(true);
    });
  });

  describe('documents it cannot read', () => {
    it('refuses absurd sizes with 400 and leaves an existing profile untouched', async () => {
      const carla = await api.signupCandidate();
      const before = await putProfile(api, carla);
      const doc = { skills: [{ name: 'Many', keywords: Array.from({ length: 1001 }, (_, i) => `k${i}`) }] };
      expect(problemFields(await importResume(carla, doc), 400)).toEqual(['skills[0].keywords']);
      expect((await getProfile(carla).expect(200)).body).toEqual(before as Profile);
    });

    it('refuses a document that is not an object', async () => {
      const carla = await api.signupCandidate();
      expect(problemFields(await importResume(carla, [{ basics: {} }]), 400)).toEqual(['$']);
    });

    it('is for candidates only', async () => {
      const admin = await api.signupOrganization();
      problemFields(await importResume(admin, packagedResumes()[0].doc), 403);
      problemFields(await api.post('/candidates/me/profile/json-resume', {}), 401);
    });
  });
});
