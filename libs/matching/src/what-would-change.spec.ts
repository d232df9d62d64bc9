/**
 * "What would change it" (what-would-change.ts): hand-computed examples, then
 * the properties the candidate relies on, on generated postings, candidates
 * and taxonomies: every gain is ≥ 0, applying its change gives exactly
 * score + gain, and a requirement already fully met has none.
 */
import fc from 'fast-check';
import { applyChange, compilePosting, scoreCandidate, whatWouldChange, type CandidateForScoring, type PostingForScoring, type SkillRelation } from './index';
import { candidateArb, postingArb, relationsArb } from './testing/arbitraries';
import { candidate, fakeTaxonomy, FAKE_RELATIONS, has, lang, req, scoreWith, speaks, withRequirements } from './testing/fixtures';

const RUNS = { numRuns: 300 };

const gainsFor = (p: PostingForScoring, c: CandidateForScoring, relations: SkillRelation[] = FAKE_RELATIONS) =>
  whatWouldChange(compilePosting(p, fakeTaxonomy(relations)), c);

describe('whatWouldChange', () => {
  it('gives the points a missing must-have would add: 15.38 → 100', () => {
    // technical 55, experience 5, location 5 (65 in all); without Java only experience and location: 10/65.
    const p = withRequirements({ skills: [req(['java'], 'must', 3)] });
    const result = gainsFor(p, candidate());
    expect(result).toEqual({
      score: 15.38,
      mustHavesMet: false,
      gains: [
        {
          requirement: { type: 'skill', criterion: 'technicalSkills', anyOf: ['java'], importance: 'must', minLevel: 3 },
          change: { type: 'skill', skill: 'java', known: true, fromLevel: null, toLevel: 3 },
          points: 84.62,
          scoreIfMet: 100,
          mustHavesMetIfMet: true,
        },
      ],
    });
  });

  it('raises a skill held below the level asked, lists languages and experience, and sorts by gain', () => {
    // technical = (3 × 1 + 2 × 2/4) / 5 = 0.8; languages: en B1 for B2 → 0.75; experience 1 of 4 years → 0.25.
    const p = withRequirements({ skills: [req(['java'], 'must', 3), req(['docker'], 'important', 4)], languages: [lang('en', 'B2', 'must')], minYearsExperience: 4 });
    const c = candidate({ skills: [has('java', 4), has('docker', 2)], languages: [speaks('en', 'B1')], yearsExperience: 1 });
    const result = gainsFor(p, c);
    // 100 × (55 × 0.8 + 15 × 0.75 + 5 × 0.25 + 5) / 80 = 76.875 → 76.88
    expect(result.score).toBe(76.88);
    // Language and experience both add 4.6875 exactly: 81.5625 → 81.56, so 4.68 each in cents of the rounded
    // scores; a tie goes to the must-have (the language) first.
    expect(result.gains.map((g) => [g.change, g.points])).toEqual([
      [{ type: 'skill', skill: 'docker', known: true, fromLevel: 2, toLevel: 4 }, 13.75], // 55 × 0.2 / 80
      [{ type: 'language', language: 'en', fromLevel: 'B1', toLevel: 'B2' }, 4.68], // 15 × 0.25 / 80
      [{ type: 'experience', fromYears: 1, toYears: 4 }, 4.68], // 5 × 0.75 / 80
    ]);
    // Java is held at level 4 for level 3: met, so no gain for it.
    expect(result.gains.some((g) => g.requirement.type === 'skill' && g.requirement.anyOf.includes('java'))).toBe(false);
  });

  it('picks, among anyOf, the skill that gains most, and a custom requirement by its text', () => {
    // The candidate has TypeScript (related to Node.js at 0.5): adding Node.js itself gains as much as Java; the first listed wins.
    const p = withRequirements({ skills: [req(['java', 'nodejs'], 'must', 3), req(['kubernetesoperators'], 'nice', 2)] });
    const c = candidate({ skills: [has('typescript', 5)] });
    const result = gainsFor(p, c);
    const [first, second] = result.gains;
    expect(first.change).toEqual({ type: 'skill', skill: 'java', known: true, fromLevel: null, toLevel: 3 });
    expect(second.change).toEqual({ type: 'skill', skill: 'kubernetesoperators', known: false, fromLevel: null, toLevel: 2 });
    const applied = scoreWith(p, applyChange(c, second.change), FAKE_RELATIONS);
    expect(applied.breakdown.items.find((i) => i.type === 'skill' && i.anyOf[0] === 'kubernetesoperators')).toMatchObject({ credit: 1, how: 'exact' });
  });

  it('has nothing to suggest to a candidate who meets everything', () => {
    const p = withRequirements({ skills: [req(['java'], 'must', 3)], languages: [lang('fr', 'C1')], minYearsExperience: 2 });
    expect(gainsFor(p, candidate({ skills: [has('java', 5)], languages: [speaks('fr', 'native')], yearsExperience: 10 })).gains).toEqual([]);
  });
});

describe('whatWouldChange properties', () => {
  it('gains are ≥ 0; applying a gain’s change gives exactly score + gain; the base is the stored score', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, (p, c, relations) => {
        const compiled = compilePosting(p, fakeTaxonomy(relations));
        const stored = scoreCandidate(compiled, c);
        const result = whatWouldChange(compiled, c);
        expect(result.score).toBe(stored.score);
        expect(result.mustHavesMet).toBe(stored.mustHavesMet);
        for (const gain of result.gains) {
          expect(gain.points).toBeGreaterThanOrEqual(0);
          const after = scoreWith(p, applyChange(c, gain.change), relations);
          expect(Math.round(after.score * 100)).toBe(Math.round((stored.score + gain.points) * 100));
          expect(after.score).toBe(gain.scoreIfMet);
          expect(after.mustHavesMet).toBe(gain.mustHavesMetIfMet);
        }
        for (let i = 1; i < result.gains.length; i++) expect(result.gains[i - 1].points).toBeGreaterThanOrEqual(result.gains[i].points);
      }),
      RUNS,
    );
  });

  it('lists exactly the requirements not fully met, and meeting one meets it fully', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, (p, c, relations) => {
        const stored = scoreWith(p, c, relations);
        const gains = whatWouldChange(compilePosting(p, fakeTaxonomy(relations)), c).gains;
        const short = stored.breakdown.items.filter((i) => i.credit < 1).length + (stored.breakdown.experience.subScore < 1 ? 1 : 0);
        expect(gains).toHaveLength(short);
        for (const gain of gains) {
          const after = scoreWith(p, applyChange(c, gain.change), relations);
          if (gain.requirement.type === 'experience') {
            expect(after.breakdown.experience.subScore).toBe(1);
            continue;
          }
          const r = gain.requirement;
          const met = after.breakdown.items.filter((i) =>
            i.type === 'skill' && r.type === 'skill'
              ? i.minLevel === r.minLevel && i.importance === r.importance && i.anyOf.join() === r.anyOf.join()
              : i.type === 'language' && r.type === 'language' && i.language === r.language && i.minLevel === r.minLevel && i.importance === r.importance,
          );
          expect(met.length).toBeGreaterThan(0);
          for (const item of met) expect(item.credit).toBe(1);
        }
      }),
      RUNS,
    );
  });
});
