/**
 * Resumes as people publish them: each breaks the schema somewhere that does
 * not matter to a profile. The import must keep everything else and say what
 * it left out, and why.
 */
import { JsonResume, mapJsonResume } from './json-resume.mapper';
import { validateJsonResume } from './json-resume.validator';
import { readResumeDate } from './resume-dates';

const today = new Date('2025-07-01T00:00:00Z');
const importable = (doc: unknown) => {
  expect(validateJsonResume(doc)).toEqual([]);
  return mapJsonResume(doc as JsonResume, { today });
};

const base = {
  basics: { name: 'Sam', label: 'Full-stack developer', location: { city: 'Ghent', countryCode: 'BE' } },
  skills: [{ name: 'Languages', keywords: ['TypeScript'] }],
  languages: [{ language: 'English', fluency: 'Native speaker' }],
};

describe('a published resume that breaks the schema', () => {
  it('keeps a project or work url without a scheme out, and imports the rest', () => {
    const draft = importable({
      ...base,
      work: [{ name: 'ACME', url: 'acme.io', startDate: '2020-01-01', endDate: '2022-01-01' }],
      projects: [{ name: 'x', url: 'github.com/sam/x' }],
    });
    expect(draft).toMatchObject({ headline: 'Full-stack developer', city: 'Ghent', country: 'BE', yearsExperience: 2 });
    expect(draft.skills.map((s) => s.name)).toContain('TypeScript');
    expect(draft.unmapped).toEqual([
      { field: 'work[0].url', value: 'acme.io', reason: 'must be an absolute URL (e.g. https://example.com); left out' },
      { field: 'projects[0].url', value: 'github.com/sam/x', reason: 'must be an absolute URL (e.g. https://example.com); left out' },
    ]);
  });

  it.each(['Present', 'present', 'Current', 'now', "Aujourd'hui", 'heden'])('reads the end date %j as a job still held', (endDate) => {
    const draft = importable({ ...base, work: [{ name: 'ACME', startDate: '2023-07-01', endDate }] });
    expect(draft.yearsExperience).toBe(2);
    expect(draft.unmapped).toEqual([]);
  });

  it('reads the usual other spellings of a date, and leaves out a job whose date says nothing', () => {
    const draft = importable({
      ...base,
      work: [
        { name: 'A', startDate: '2015/01', endDate: '01/2016' },
        { name: 'B', startDate: 'January 2017', endDate: '2018-01-01T00:00:00.000Z' },
        { name: 'C', startDate: 'a while ago', endDate: '2019' },
        { name: 'D', startDate: '2020-01', endDate: 'Summer' },
      ],
    });
    // A: 2015-01-01 → 2016-02-01 (the end month counts whole), B: 2017-01-01 → 2018-01-01; C and D are left out.
    expect(draft.yearsExperience).toBe(2.1);
    expect(draft.unmapped).toEqual([
      { field: 'work[2].startDate', value: 'a while ago', reason: expect.stringContaining('left out of the years of experience') },
      { field: 'work[3].endDate', value: 'Summer', reason: expect.stringContaining('left out of the years of experience') },
    ]);
  });

  it('reports an award or publication date it cannot read, and reads past one it can', () => {
    const draft = importable({ ...base, awards: [{ title: 'Best', date: 'Spring 2019' }, { title: 'Good', date: 'June 2018' }] });
    expect(draft.unmapped).toEqual([
      { field: 'awards[0].date', value: 'Spring 2019', reason: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD; left out' },
    ]);
  });

  it('keeps an odd email or profile url out and says so', () => {
    const draft = importable({ ...base, basics: { ...base.basics, email: 'sam at example dot com', url: 'sam.dev' } });
    expect(draft.headline).toBe('Full-stack developer');
    expect(draft.unmapped.map((u) => [u.field, u.value])).toEqual([
      ['basics.email', 'sam at example dot com'],
      ['basics.url', 'sam.dev'],
    ]);
  });

  it('reports a list of the wrong type and keeps the other lists', () => {
    const draft = importable({ ...base, skills: 'Java, Go' });
    expect(draft.skills).toEqual([]);
    expect(draft.languages).toEqual([{ language: 'en', level: 'native' }]);
    expect(draft.unmapped).toEqual([{ field: 'skills', value: 'Java, Go', reason: 'must be an array; left out' }]);
  });
});

describe('readResumeDate', () => {
  it.each([
    ['2019', '2019'],
    ['2019-06', '2019-06'],
    ['2019/6', '2019-06'],
    ['2019.06.30', '2019-06-30'],
    ['06/2019', '2019-06'],
    ['6-2019', '2019-06'],
    ['June 2019', '2019-06'],
    ['Sept. 2019', '2019-09'],
    ['jun 2019', '2019-06'],
    ['2019-06-30T12:00:00Z', '2019-06-30'],
    ['Present', 'ongoing'],
    ['en cours', 'ongoing'],
  ])('reads %j as %j', (input, expected) => {
    expect(readResumeDate(input)).toBe(expected);
  });

  it.each(['Summer 2019', 'Juni 2019', 'juin 2019', 'soon', '19', '2019-06-30 later'])('does not guess at %j', (input) => {
    expect(readResumeDate(input)).toBeNull();
  });
});
