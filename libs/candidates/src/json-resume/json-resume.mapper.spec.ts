import { ISO_3166_1_ALPHA2, isLanguageCode } from '@embauche/common/iso-codes';
import { CEFR_LEVELS } from '@embauche/matching/model';
import { skillKey } from '@embauche/matching/normalize';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { extractSkills } from '@embauche/skills/skill-extractor';
import { packagedResumes } from './json-resume.examples';
import { JsonResume, ProfileDraft, mapJsonResume } from './json-resume.mapper';
import { EDUCATION_LEVELS } from './json-resume.types';
import { languageCodeFromName } from './languages.mapper';

const today = new Date('2025-07-01T00:00:00Z');
const catalog = SkillCatalog.fromBundledData();
const map = (doc: JsonResume): ProfileDraft => mapJsonResume(doc, { today });
const skills = (...entries: Array<[string, number]>) => entries.map(([name, level]) => ({ name, level }));

/**
 * What each packaged example maps to, read off the files by hand. Years are
 * day counts between the `work` dates (none of these files has overlapping
 * jobs; the hand-written cases below cover overlaps) divided by 365.25.
 */
const EXPECTED: Record<string, Omit<ProfileDraft, 'summary'> & { summaryStart: string }> = {
  'sample.resume.json': {
    headline: 'Programmer',
    summaryStart: 'Richard hails from Tulsa.',
    city: 'San Francisco',
    country: 'US',
    // 2013-12-01 → 2014-12-01: 365 days = 0.999 years.
    yearsExperience: 1,
    educationLevel: 'bachelor', // "Bachelor"
    skills: skills(
      ['Web Development', 5], ['HTML', 5], ['CSS', 5], ['Javascript', 5],
      ['Compression', 5], ['Mpeg', 5], ['MP4', 5], ['GIF', 5],
    ),
    languages: [{ language: 'en', level: 'native' }],
    unmapped: [],
  },
  'examples/career-changer.resume.json': {
    headline: 'Junior Data Analyst (former Restaurant Manager)',
    summaryStart: 'After eight years running high-volume restaurants',
    city: 'Austin',
    country: 'US',
    // 2016-01-01 → 2018-02-01 (762 d) + 2018-03-01 → 2024-07-01 (2314 d) + 2024-08-01 → 2025-04-01 (243 d)
    // = 3319 days = 9.087 years.
    yearsExperience: 9.1,
    educationLevel: 'bachelor', // "Associate of Applied Science", rounded up (see education.mapper.ts)
    skills: skills(
      ['Data Analysis', 3], ['SQL', 3], ['Python', 3], ['pandas', 3], ['dbt', 3], ['Excel', 3],
      ['Data Visualization', 3], ['Tableau', 3], ['Looker Studio', 3], ['Matplotlib', 3],
      ['Operations', 4], ['Leadership', 4], ['P&L management', 4], ['Scheduling', 4], ['Team training', 4],
      ['Vendor negotiation', 4],
    ),
    languages: [{ language: 'en', level: 'native' }, { language: 'es', level: 'native' }],
    unmapped: [],
  },
  'examples/new-grad.resume.json': {
    headline: 'Computer Science Graduate',
    summaryStart: 'Recent computer science graduate',
    city: 'Seattle',
    country: 'US',
    // Two summer internships, 2023-06-01 → 2023-09-01 and 2024-06-01 → 2024-09-01: 92 + 92 days = 0.504 years.
    yearsExperience: 0.5,
    educationLevel: 'bachelor', // "Bachelor of Science"
    skills: skills(
      ['Python', 3], ['TypeScript', 3], ['Java', 3], ['Go', 3], ['SQL', 3],
      ['Web Development', 3], ['React', 3], ['Next.js', 3], ['Node.js', 3], ['REST APIs', 3],
      ['Data & Infrastructure', 2], ['PostgreSQL', 2], ['Docker', 2], ['Git', 2], ['AWS', 2],
    ),
    languages: [{ language: 'en', level: 'native' }, { language: 'ig', level: 'B1' }], // Igbo, "Conversational"
    unmapped: [],
  },
  'examples/senior-engineer.resume.json': {
    headline: 'Staff Software Engineer, Distributed Systems',
    summaryStart: 'Staff engineer with 14 years',
    city: 'San Francisco',
    country: 'US',
    // 2011-08-01 → 2015-05-01 (1369 d) + 2015-06-01 → 2020-01-01 (1675 d) + 2020-02-01 → today 2025-07-01
    // (open, 1977 d) = 5021 days = 13.747 years.
    yearsExperience: 13.7,
    educationLevel: 'doctorate', // "Ph.D." beats "Bachelor of Science"
    skills: skills(
      ['Distributed Systems', 5], ['Consensus', 5], ['Replication', 5], ['Erasure coding', 5],
      ['Consistency models', 5], ['Go', 5], ['Rust', 5], ['Java', 5],
      ['Python', 5], ['C++', 5], ['Infrastructure', 4], ['Kafka', 4], ['Kubernetes', 4], ['Terraform', 4],
      ['Prometheus', 4], ['S3', 4],
    ),
    languages: [
      { language: 'en', level: 'native' }, // "Native speaker"
      { language: 'es', level: 'C1' }, // "Fluent"
      { language: 'pt', level: 'B2' }, // "Professional working proficiency"
    ],
    unmapped: [],
  },
};

describe('mapJsonResume over the resumes shipped with @jsonresume/schema', () => {
  const resumes = packagedResumes();

  it('finds the sample and the examples we checked by hand', () => {
    expect(resumes.map((r) => r.name)).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });

  describe.each(resumes.map((r) => [r.name, r.doc as JsonResume] as const))('%s', (name, doc) => {
    const draft = map(doc);

    it('maps to what we read in the file', () => {
      const expected = EXPECTED[name];
      if (!expected) return; // a new example: the invariants below still cover it
      const { summaryStart, ...rest } = expected;
      expect({ ...draft, summary: undefined }).toEqual({ ...rest, summary: undefined });
      expect(draft.summary?.startsWith(summaryStart)).toBe(true);
    });

    it('produces a well-formed draft', () => {
      for (const skill of draft.skills) {
        expect(Number.isInteger(skill.level) && skill.level >= 1 && skill.level <= 5).toBe(true);
        expect(skill.name).toBe(skill.name.trim());
        expect(skill.name.length).toBeGreaterThan(0);
        expect(skill.name.length).toBeLessThanOrEqual(100);
      }
      expect(new Set(draft.skills.map((s) => skillKey(s.name))).size).toBe(draft.skills.length);
      expect(draft.skills.length).toBeLessThanOrEqual(200);
      for (const language of draft.languages) {
        expect(isLanguageCode(language.language)).toBe(true);
        expect(CEFR_LEVELS).toContain(language.level);
      }
      if (draft.country !== null) expect(ISO_3166_1_ALPHA2.has(draft.country)).toBe(true);
      if (draft.educationLevel !== null) expect(EDUCATION_LEVELS).toContain(draft.educationLevel);
      if (draft.yearsExperience !== null) {
        expect(draft.yearsExperience).toBeGreaterThanOrEqual(0);
        expect(Math.round(draft.yearsExperience * 10) / 10).toBe(draft.yearsExperience);
      }
    });

    it('keeps or reports every skill and language in the file', () => {
      const kept = new Set(draft.skills.map((s) => skillKey(s.name)));
      const reported = new Set(draft.unmapped.map((u) => u.field));
      // Every part the extractor finds in a name or keyword (none in a group header like "Programming Languages").
      const keptAll = (entry: string) => extractSkills(entry, catalog).every((part) => kept.has(skillKey(part.name)));
      (doc.skills ?? []).forEach((group, i) => {
        if (group.name?.trim()) expect(keptAll(group.name) || reported.has(`skills[${i}].name`)).toBe(true);
        (group.keywords ?? []).forEach((keyword, j) => {
          if (!keyword.trim()) return;
          expect(keptAll(keyword) || reported.has(`skills[${i}].keywords[${j}]`)).toBe(true);
        });
      });
      (doc.languages ?? []).forEach((entry, i) => {
        if (!entry.language?.trim()) return;
        const code = languageCodeFromName(entry.language);
        expect(draft.languages.some((l) => l.language === code) || reported.has(`languages[${i}].language`)).toBe(true);
      });
    });
  });
});

describe('mapJsonResume basics', () => {
  it('returns an empty draft for an empty document', () => {
    expect(map({})).toEqual({
      headline: null, summary: null, country: null, city: null, yearsExperience: null,
      educationLevel: null, skills: [], languages: [], unmapped: [],
    });
  });

  it('trims the headline, summary and city, and treats blank ones as absent', () => {
    const draft = map({ basics: { label: '  Backend developer ', summary: '   ', location: { city: ' Liège ' } } });
    expect([draft.headline, draft.summary, draft.city]).toEqual(['Backend developer', null, 'Liège']);
  });

  it.each([
    [{ countryCode: 'be' }, 'BE'],
    [{ countryCode: 'UK' }, 'GB'], // reserved, not assigned: read as a name
    [{ countryCode: 'Belgique' }, 'BE'],
    [{ countryCode: ' nl ' }, 'NL'],
    [{ region: 'België' }, 'BE'],
    [{ countryCode: '', region: 'Nederland' }, 'NL'],
    [{ region: 'Wallonia' }, null],
    [{ city: 'Ghent' }, null],
  ])('reads the country of %j as %s', (location, country) => {
    const draft = map({ basics: { location } });
    expect(draft.country).toBe(country);
    expect(draft.unmapped).toEqual([]);
  });

  it('reports a country code it cannot read', () => {
    const draft = map({ basics: { location: { countryCode: 'ZZ', region: 'Nowhere' } } });
    expect(draft.country).toBeNull();
    expect(draft.unmapped).toEqual([
      { field: 'basics.location.countryCode', value: 'ZZ', reason: 'country not recognised' },
    ]);
  });

  it('reads past values of the wrong type instead of throwing (the mapper must survive an unvalidated body)', () => {
    const hostile = {
      basics: { label: 3, location: 'Brussels' },
      work: [null, { startDate: 2020 }],
      skills: [null, { name: ['x'], keywords: 'y' }],
      languages: 'French',
      education: [{ studyType: { degree: 'MSc' } }],
    } as unknown as JsonResume;
    const draft = map(hostile);
    expect({ ...draft, unmapped: [] }).toEqual(map({}));
    // Each value of the wrong type is reported where it is, not silently dropped.
    expect(draft.unmapped.map((u) => [u.field, u.reason])).toEqual([
      ['basics.label', 'must be a string; left out'],
      ['basics.location', 'must be an object; left out'],
      ['work[0]', 'must be an object; left out'],
      ['work[1].startDate', 'must be a string; left out'],
      ['education[0].studyType', 'must be a string; left out'],
      ['skills[0]', 'must be an object; left out'],
      ['skills[1].name', 'must be a string; left out'],
      ['skills[1].keywords', 'must be an array; left out'],
      ['languages', 'must be an array; left out'],
    ]);
  });
});
