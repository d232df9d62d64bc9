import { packagedResumes } from './json-resume.examples';
import { MAX_DEPTH, MAX_LIST_ENTRIES, schemaProblems, validateJsonResume } from './json-resume.validator';

const problems = (doc: unknown) => schemaProblems(doc).map(({ field, message }) => ({ field, message }));

describe('validateJsonResume (what refuses the whole document)', () => {
  describe.each(packagedResumes().map((r) => [r.name, r.doc] as const))('the packaged %s', (_name, doc) => {
    it('is valid', () => {
      expect(validateJsonResume(doc)).toEqual([]);
      expect(schemaProblems(doc)).toEqual([]);
    });
  });

  it('accepts an empty document and fields the schema does not know (additionalProperties)', () => {
    expect(validateJsonResume({})).toEqual([]);
    expect(validateJsonResume({ basics: { pronouns: 'she/her' }, x_custom: [1, 2] })).toEqual([]);
    expect(schemaProblems({ basics: { pronouns: 'she/her' }, x_custom: [1, 2] })).toEqual([]);
  });

  const notObjects = [null, [], [{ basics: {} }], 'resume', 42, true, undefined];
  it.each(notObjects)('rejects the non-object %j with one error', (doc) => {
    expect(validateJsonResume(doc)).toEqual([
      { field: '$', message: 'must be a JSON object (a JSON Resume document)' },
    ]);
  });

  it('refuses only absurd sizes, naming the list or the depth, and not a document that merely breaks the schema', () => {
    const breaks = { basics: { email: 'x', url: 'github.com/x' }, work: [{ url: 'github.com/x', endDate: 'Present' }], skills: 'Java' };
    expect(validateJsonResume(breaks)).toEqual([]);
    const long = Array.from({ length: MAX_LIST_ENTRIES + 1 }, () => 'Java');
    expect(validateJsonResume({ skills: [{ name: 'Many', keywords: long }] })).toEqual([
      { field: 'skills[0].keywords', message: `has more than ${MAX_LIST_ENTRIES} entries` },
    ]);
    expect(validateJsonResume({ skills: [{ keywords: long.slice(1) }] })).toEqual([]);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    expect(validateJsonResume({ meta: deep })).toEqual([{ field: expect.stringMatching(/^meta(\.x)+$/), message: `is nested more than ${MAX_DEPTH} levels deep` }]);
  });
});

describe('schemaProblems (what the import reports and reads past)', () => {
  it('lists every wrong type at once, each with its path', () => {
    const errors = problems({
      basics: { name: 7, location: { city: ['Liège'] } },
      work: 'ACME',
      skills: [{ name: 'TypeScript', keywords: 'Node.js' }, { level: 5 }],
      languages: [{ language: 'French', fluency: null }],
      meta: 'v1',
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'basics.name', message: 'must be a string' },
        { field: 'basics.location.city', message: 'must be a string' },
        { field: 'work', message: 'must be an array' },
        { field: 'skills[0].keywords', message: 'must be an array' },
        { field: 'skills[1].level', message: 'must be a string' },
        { field: 'languages[0].fluency', message: 'must be a string' },
        { field: 'meta', message: 'must be an object' },
      ]),
    );
    expect(errors).toHaveLength(7);
  });

  it('reports a badly formatted date once, in words, not as a regular expression', () => {
    expect(
      problems({
        work: [{ startDate: '2020/01', endDate: '01-2021' }, { startDate: '2020-1-5' }, { startDate: 'Present' }],
        education: [{ endDate: '2019-06-30T00:00:00Z' }],
      }),
    ).toEqual([
      { field: 'work[0].startDate', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { field: 'work[0].endDate', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { field: 'work[1].startDate', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { field: 'work[2].startDate', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { field: 'education[0].endDate', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('rejects dates the schema pattern lets through but no calendar has', () => {
    expect(
      problems({
        work: [
          { startDate: '2020-13', endDate: '2021-00' },
          { startDate: '2021-02-29', endDate: '2020-02-29' }, // 2021 is not a leap year, 2020 is
          { startDate: '2019-04-31', endDate: '2019-12-00' },
        ],
        awards: [{ date: '2014-19-01' }],
      }),
    ).toEqual([
      { field: 'work[0].startDate', message: 'is not a real calendar date' },
      { field: 'work[0].endDate', message: 'is not a real calendar date' },
      { field: 'work[1].startDate', message: 'is not a real calendar date' },
      { field: 'work[2].startDate', message: 'is not a real calendar date' },
      { field: 'work[2].endDate', message: 'is not a real calendar date' },
      { field: 'awards[0].date', message: 'is not a real calendar date' },
    ]);
  });

  it.each(['2019', '2019-06', '2019-06-30', '2020-02-29'])('accepts the date %s', (date) => {
    expect(problems({ work: [{ startDate: date }] })).toEqual([]);
  });

  it('checks the email and URL formats', () => {
    expect(
      problems({
        basics: { email: 'not an email', url: 'www.example.com', profiles: [{ url: 'https://example.com/me' }] },
      }),
    ).toEqual([
      { field: 'basics.email', message: 'must be an email address' },
      { field: 'basics.url', message: 'must be an absolute URL (e.g. https://example.com)' },
    ]);
  });
});
