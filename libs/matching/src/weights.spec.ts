import { compilePosting, scoreCandidate, type CandidateForScoring, type PostingForScoring } from './index';
import { apportionCents } from './rounding';
import { candidate, fakeTaxonomy, has, lang, req, speaks, withRequirements } from './testing/fixtures';

function score(p: PostingForScoring, c: CandidateForScoring) {
  return scoreCandidate(compilePosting(p, fakeTaxonomy()), c);
}

const salary = { min: 40000, max: 50000, currency: 'EUR', period: 'year' as const };
const allSix = withRequirements(
  { skills: [req(['java'], 'must'), req(['rigor'])], languages: [lang('fr', 'B2')], minYearsExperience: 3 },
  { salary },
);
const perfect = candidate({
  skills: [has('java'), has('rigor')],
  languages: [speaks('fr', 'C1')],
  yearsExperience: 3,
  salaryExpectation: { amount: 45000, currency: 'EUR', period: 'year' },
});

describe('weights and points', () => {
  it('uses the default weights when every criterion is compared', () => {
    const r = score(allSix, perfect);
    expect(r.score).toBe(100);
    expect(r.breakdown.criteria.map((c) => [c.criterion, c.weight, c.defaultWeight, c.subScore, c.points])).toEqual([
      ['technicalSkills', 55, 55, 1, 55],
      ['softSkills', 15, 15, 1, 15],
      ['languages', 15, 15, 1, 15],
      ['experience', 5, 5, 1, 5],
      ['location', 5, 5, 1, 5],
      ['salary', 5, 5, 1, 5],
    ]);
  });

  it('rescales the weights of the compared criteria to 100, to the cent', () => {
    // salary left out: 95 left. 55/95 = 57.894…, 15/95 = 15.789…, 5/95 = 5.263…
    // cents 5789.47 + 1578.95 + 1578.95 + 526.32 + 526.32: floors add to 9997, the 3 largest
    // remainders (.95, .95, .47) get a cent: 57.90 + 15.79 + 15.79 + 5.26 + 5.26 = 100.00
    const r = score(allSix, { ...perfect, salaryExpectation: null });
    expect(r.score).toBe(100);
    const included = r.breakdown.criteria.filter((c) => c.included);
    expect(included.map((c) => c.weight)).toEqual([57.9, 15.79, 15.79, 5.26, 5.26]);
    expect(included.map((c) => c.points)).toEqual([57.9, 15.79, 15.79, 5.26, 5.26]);
    expect(r.breakdown.criteria[5]).toEqual({
      criterion: 'salary',
      included: false,
      weight: 0,
      defaultWeight: 5,
      subScore: null,
      points: 0,
    });
  });

  it('adds the points up to the score exactly', () => {
    // items java must (3), python important (2), php nice (1); has python and php → (0 + 2 + 1)/6 = 0.5
    // score = 100 × (55×0.5 + 5 + 5) / 65 = 57.6923… → 57.69
    // points: 4230.77c, 769.23c, 769.23c → floors 4230 + 769 + 769 = 5768, one cent to .77 → 42.31 + 7.69 + 7.69
    const p = withRequirements({ skills: [req(['java'], 'must'), req(['python']), req(['php'], 'nice')] });
    const r = score(p, candidate({ skills: [has('python'), has('php')] }));
    expect(r.score).toBe(57.69);
    expect(r.breakdown.criteria.filter((c) => c.included).map((c) => c.points)).toEqual([42.31, 7.69, 7.69]);
  });

  it('carries the scorer version and the score in the breakdown', () => {
    const r = score(allSix, perfect);
    expect(r.scorerVersion).toBe(1);
    expect(r.breakdown).toMatchObject({ scorerVersion: 1, score: 100, mustHavesMet: true });
  });
});

describe('apportionCents (largest remainder)', () => {
  it('rounds up the largest remainders', () => {
    expect(apportionCents([5789.47, 1578.95, 1578.95, 526.32, 526.32], 10000)).toEqual([5790, 1579, 1579, 526, 526]);
  });

  it('breaks ties by position', () => {
    expect(apportionCents([33.5, 33.5, 33], 101)).toEqual([34, 34, 33]);
    expect(apportionCents([33.5, 33.5, 33], 100)).toEqual([34, 33, 33]);
  });

  it('treats float noise as a whole cent', () => {
    expect(apportionCents([1499.9999999999998, 500.0000000000001], 2000)).toEqual([1500, 500]);
  });

  it('takes a cent back when noise put the floors above the total', () => {
    expect(apportionCents([100.99999999, 100], 200)).toEqual([100, 100]);
  });
});
