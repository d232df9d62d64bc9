import { countedCriteria, gainItems, lackingItems, sortGains, type Gain, type Labels, type Lacking } from './explanation';

const labels: Labels = {
  skill: (id) => ({ java: 'Java', docker: 'Docker', python: 'Python' })[id] ?? id,
  anyOf: (xs) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}` : (xs[0] ?? '')),
  language: (code) => ({ en: 'English', nl: 'Dutch' })[code] ?? code,
  number: (n) => n.toFixed(2),
};

const gain = (overrides: Partial<Gain>): Gain => ({
  type: 'skill',
  importance: 'nice',
  anyOf: ['docker'],
  skill: 'docker',
  language: null,
  askedLevel: 3,
  yourLevel: null,
  askedYears: null,
  yourYears: null,
  points: 1,
  scoreIfMet: 51,
  mustHavesMetIfMet: false,
  ...overrides,
});

const lacking = (overrides: Record<string, unknown>): Lacking => ({ type: 'skill', importance: 'nice', credit: 0, minLevel: 3, yourLevel: null, ...overrides }) as unknown as Lacking;

describe('the candidate’s explanation in plain words', () => {
  it('sorts gains by points, then must before important before nice before experience, else keeps the order', () => {
    const gains = [
      gain({ skill: 'a', points: 2, importance: 'nice' }),
      gain({ type: 'experience', skill: null, importance: null, points: 5 }),
      gain({ skill: 'b', points: 5, importance: 'important' }),
      gain({ skill: 'c', points: 5, importance: 'must' }),
      gain({ skill: 'd', points: 2, importance: 'nice' }),
    ];
    expect(sortGains(gains).map((g) => g.skill ?? g.type)).toEqual(['c', 'b', 'experience', 'a', 'd']);
  });

  it('says what to hold or raise, with the points and the score it would give', () => {
    const items = gainItems(
      [
        gain({ skill: 'docker', askedLevel: 4, yourLevel: 2, points: 13.75, scoreIfMet: 90.63, importance: 'important' }),
        gain({ type: 'language', skill: null, anyOf: null, language: 'en', askedLevel: 'B2', yourLevel: null, points: 20, scoreIfMet: 96.88, importance: 'must', mustHavesMetIfMet: true }),
        gain({ type: 'experience', skill: null, anyOf: null, importance: null, askedLevel: null, askedYears: 4, yourYears: 2, points: 3.13, scoreIfMet: 80 }),
      ],
      false,
      labels,
    );
    expect(items.map(({ phrase, points, scoreIfMet, completesMustHaves }) => ({ phrase, points, scoreIfMet, completesMustHaves }))).toEqual([
      { phrase: { key: 'gainLanguage', values: { language: 'English', asked: 'B2' } }, points: '20.00', scoreIfMet: '96.88', completesMustHaves: true },
      { phrase: { key: 'gainSkillLevel', values: { skill: 'Docker', asked: 4, yours: 2 } }, points: '13.75', scoreIfMet: '90.63', completesMustHaves: false },
      { phrase: { key: 'gainExperience', values: { asked: '4.00', yours: '2.00', count: 4 } }, points: '3.13', scoreIfMet: '80.00', completesMustHaves: false },
    ]);
  });

  it('does not announce completing the must-haves when they are met already', () => {
    expect(gainItems([gain({ mustHavesMetIfMet: true })], true, labels)[0].completesMustHaves).toBe(false);
  });

  it('lists what is lacking must-haves first: absent, below the level, or only partly covered by a related skill', () => {
    const items = lackingItems(
      [
        lacking({ anyOf: ['docker'], minLevel: 4, yourLevel: 2, importance: 'important' }),
        lacking({ type: 'language', language: 'nl', minLevel: 'B1', yourLevel: null, importance: 'nice' }),
        lacking({ anyOf: ['java', 'python'], minLevel: 3, yourLevel: null, importance: 'must' }),
        lacking({ anyOf: ['docker'], minLevel: 3, yourLevel: 4, importance: 'nice' }),
        lacking({ type: 'language', language: 'en', minLevel: 'B2', yourLevel: 'A2', importance: 'must' }),
      ],
      labels,
    );
    expect(items.map((i) => [i.importance, i.phrase])).toEqual([
      ['must', { key: 'lackSkill', values: { skill: 'Java or Python', asked: 3 } }],
      ['must', { key: 'lackLanguageLevel', values: { language: 'English', asked: 'B2', yours: 'A2' } }],
      ['important', { key: 'lackSkillLevel', values: { skill: 'Docker', asked: 4, yours: 2 } }],
      ['nice', { key: 'lackLanguage', values: { language: 'Dutch', asked: 'B1' } }],
      ['nice', { key: 'lackSkillRelated', values: { skill: 'Docker', asked: 3 } }],
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('keeps only the criteria that counted, heaviest first', () => {
    expect(
      countedCriteria([
        { criterion: 'salary', included: false, weight: 0, points: 0 },
        { criterion: 'location', included: true, weight: 6.25, points: 6.25 },
        { criterion: 'technicalSkills', included: true, weight: 68.75, points: 40 },
      ]).map((c) => c.criterion),
    ).toEqual(['technicalSkills', 'location']);
  });
});
