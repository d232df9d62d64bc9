import { compilePosting, scoreCandidate, type PostingForScoring, type Seniority } from './index';
import { candidate, fakeTaxonomy, posting, subScoreOf, withRequirements } from './testing/fixtures';

function experience(p: PostingForScoring, yearsExperience: number | null) {
  return scoreCandidate(compilePosting(p, fakeTaxonomy()), candidate({ yearsExperience }));
}

describe('experience', () => {
  const fourYears = withRequirements({ minYearsExperience: 4 });

  it.each<[number | null, number]>([
    [6, 1], // more than asked never lowers: 1
    [4, 1], // at the minimum: 1
    [2, 0.5], // 2/4
    [1, 0.25], // 1/4
    [null, 0], // unknown counts as 0 years: 0/4
  ])('4 years asked, %s held → %d', (years, subScore) => {
    const r = experience(fourYears, years);
    expect(subScoreOf(r, 'experience')).toBe(subScore);
    expect(r.breakdown.experience).toEqual({ required: 4, requiredFrom: 'posting', seniority: 'mid', candidate: years, subScore });
  });

  it.each<[Seniority, number, number]>([
    ['junior', 0, 1], // default 0: 0 ≥ 0 → 1
    ['mid', 1, 0.5], // default 2: 1/2
    ['senior', 2, 0.4], // default 5: 2/5
  ])('defaults by seniority: %s, %d years → %d', (seniority, years, subScore) => {
    const r = experience(posting({ seniority, requirements: { skills: [], languages: [], minYearsExperience: null } }), years);
    expect(r.breakdown.experience).toMatchObject({ requiredFrom: 'seniorityDefault', subScore });
  });

  it('stays included with a minimum of 0: everyone meets it', () => {
    const r = experience(withRequirements({ minYearsExperience: 0 }), null);
    expect(r.breakdown.criteria.find((c) => c.criterion === 'experience')).toMatchObject({ included: true, subScore: 1 });
  });

  it('weighs 5 in the score', () => {
    // experience 2/4 = 0.5 and location 1: 100 × (5×0.5 + 5×1) / 10 = 75
    expect(experience(fourYears, 2).score).toBe(75);
  });
});
