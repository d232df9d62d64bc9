import { parseResumeDate, yearsOfExperience } from './experience.mapper';
import { JsonResume } from './json-resume.types';

const today = new Date('2025-07-01T00:00:00Z');
const years = (work: JsonResume['work']) => yearsOfExperience({ work }, today);

describe('yearsOfExperience', () => {
  it('counts overlapping jobs once', () => {
    // 2015-01-01 → 2019-01-01 once merged: 1461 days = 4.0 years, not 3 + 2.6 + 1.
    expect(
      years([
        { name: 'Full-time', startDate: '2015-01-01', endDate: '2018-01-01' },
        { name: 'Overlapping contract', startDate: '2016-06-01', endDate: '2019-01-01' },
        { name: 'Side job inside both', startDate: '2017', endDate: '2017' },
      ]),
    ).toBe(4);
  });

  it('merges in date order, whatever the order in the document', () => {
    // 2010-01-01 → 2012-01-01 (730 d) and 2013-01-01 → 2016-01-01 (1095 d) = 1825 d = 4.996 years.
    expect(
      years([
        { startDate: '2014-01-01', endDate: '2016-01-01' },
        { startDate: '2010-01-01', endDate: '2011-01-01' },
        { startDate: '2013-01-01', endDate: '2015-01-01' },
        { startDate: '2011-01-01', endDate: '2012-01-01' }, // touches the previous one: no gap, no double count
      ]),
    ).toBe(5);
  });

  it('runs an open or missing end date up to today', () => {
    // 2020-07-01 → 2025-07-01: 1826 days (one leap day) = 4.999 years.
    expect(years([{ startDate: '2020-07-01' }])).toBe(5);
    expect(years([{ startDate: '2020-07-01', endDate: '' }])).toBe(5);
    // An open job swallows a closed one that overlaps it.
    expect(years([{ startDate: '2024-01' }, { startDate: '2023-07-01', endDate: '2024-07-01' }])).toBe(2);
  });

  it('cuts an end date in the future at today', () => {
    expect(years([{ startDate: '2024-07-01', endDate: '2027-01-01' }])).toBe(1);
  });

  it('ignores an entry that starts after it ends or after today', () => {
    expect(years([{ startDate: '2020-01-01', endDate: '2019-01-01' }])).toBeNull();
    expect(years([{ startDate: '2026-01-01' }])).toBeNull();
    expect(
      years([
        { startDate: '2020-01-01', endDate: '2019-01-01' },
        { startDate: '2025-09-01' },
        { startDate: '2023-07-01', endDate: '2024-07-01' },
      ]),
    ).toBe(1);
  });

  it('reads a partial end date as the end of that period', () => {
    expect(years([{ startDate: '2019', endDate: '2019' }])).toBe(1);
    // March through August 2019: 184 days.
    expect(years([{ startDate: '2019-03', endDate: '2019-08' }])).toBe(0.5);
  });

  it('is null when no work entry has a usable date range', () => {
    expect(yearsOfExperience({}, today)).toBeNull();
    expect(years([])).toBeNull();
    expect(years([{ name: 'ACME', position: 'Developer' }])).toBeNull();
    expect(years([{ endDate: '2020-01-01' }])).toBeNull();
    expect(years([{ startDate: '2021-02-30', endDate: '2022-01-01' }])).toBeNull();
    expect(years([{ startDate: 'last year' }])).toBeNull();
  });

  it('rounds to one decimal', () => {
    // 2024-01-01 → 2024-05-01: 121 days = 0.331 years.
    expect(years([{ startDate: '2024-01-01', endDate: '2024-05-01' }])).toBe(0.3);
  });
});

describe('parseResumeDate', () => {
  it.each([
    ['2019', 'start', '2019-01-01'],
    ['2019', 'end', '2020-01-01'],
    ['2019-12', 'start', '2019-12-01'],
    ['2019-12', 'end', '2020-01-01'],
    ['2020-02-29', 'start', '2020-02-29'],
    ['2020-02-29', 'end', '2020-02-29'],
  ] as const)('reads %s as a %s on %s', (input, as, iso) => {
    expect(parseResumeDate(input, as)).toBe(Date.parse(`${iso}T00:00:00Z`));
  });

  it.each(['2019-13', '2019-00', '2019-02-29', '2019-04-31', '2019-01-00', '19', '2019/01', ' 2019'])(
    'rejects %j',
    (input) => {
      expect(parseResumeDate(input, 'start')).toBeNull();
    },
  );
});
