/**
 * Properties 1, 2 and 5 of product/MATCHING.md, and "scoreFast agrees with
 * scoreCandidate", on generated postings, candidates and taxonomies.
 * Monotony (3, 4) and the perfect candidate (6) have their own files.
 */
import fc from 'fast-check';
import {
  DEFAULT_WEIGHTS,
  compilePosting,
  scoreCandidate,
  scoreFast,
  type CandidateSkill,
  type MatchResult,
  type PostingForScoring,
} from './index';
import { candidateArb, postingArb, relationsArb, shuffle, spellings } from './testing/arbitraries';
import { fakeTaxonomy, scoreWith as run } from './testing/fixtures';

const RUNS = { numRuns: 300 };

/** A result with every list put in one order, to compare results of shuffled inputs. */
function canonical(r: MatchResult) {
  const sortedJson = (xs: object[]) =>
    xs.map((x) => JSON.stringify('anyOf' in x ? { ...x, anyOf: [...(x.anyOf as string[])].sort() } : x)).sort();
  const { items, ...rest } = r.breakdown;
  return { ...r, missingMustHaves: sortedJson(r.missingMustHaves), breakdown: { ...rest, items: sortedJson(items) } };
}

describe('scorer properties', () => {
  it('1. is deterministic and independent of the order of every input list', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, fc.integer(), (p, c, relations, seed) => {
        const before = run(p, c, relations);
        expect(run(p, c, relations)).toEqual(before);
        const reordered: PostingForScoring = {
          ...p,
          requirements: {
            ...p.requirements,
            skills: shuffle(p.requirements.skills, seed).map((it, i) => ({ ...it, anyOf: shuffle(it.anyOf, seed + i + 1) })),
            languages: shuffle(p.requirements.languages, seed + 101),
          },
        };
        const after = run(
          reordered,
          { ...c, skills: shuffle(c.skills, seed + 102), languages: shuffle(c.languages, seed + 103) },
          shuffle(relations, seed + 104),
        );
        expect(canonical(after)).toEqual(canonical(before));
      }),
      RUNS,
    );
  });

  it('2. keeps 0 ≤ score ≤ 100 with two decimals, and the points add up to it', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, (p, c, relations) => {
        const r = run(p, c, relations);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const cents = (x: number) => Math.round(x * 100);
        expect(cents(r.score) / 100).toBe(r.score);
        const included = r.breakdown.criteria.filter((k) => k.included);
        expect(included.reduce((sum, k) => sum + cents(k.points), 0)).toBe(cents(r.score));
        expect(included.reduce((sum, k) => sum + cents(k.weight), 0)).toBe(10000);
        const total = included.reduce((sum, k) => sum + k.defaultWeight, 0);
        for (const k of included) {
          // Each rounded part is within a cent of its exact share.
          expect(Math.abs(k.points - (100 * k.defaultWeight * (k.subScore ?? 0)) / total)).toBeLessThan(0.01 + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('2b. explains each skill and language sub-score by its items', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, (p, c, relations) => {
        const r = run(p, c, relations);
        for (const k of r.breakdown.criteria.filter((x) => x.included)) {
          const items = r.breakdown.items.filter((i) => (i.type === 'language' ? 'languages' : i.criterion) === k.criterion);
          if (items.length === 0) continue;
          const weights = items.reduce((sum, i) => sum + i.importanceWeight, 0);
          const mean = items.reduce((sum, i) => sum + i.importanceWeight * i.credit, 0) / weights;
          expect(k.subScore).toBeCloseTo(mean, 12);
        }
      }),
      RUNS,
    );
  });

  it('5. writing a skill by an alias gives the same score as writing its id', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, fc.nat(), (p, c, relations, pick) => {
        const respell = (s: CandidateSkill, i: number): CandidateSkill =>
          s.skillId === null ? s : { ...s, name: spellings(s.skillId)[(pick + i) % spellings(s.skillId).length] };
        const byId = run(p, { ...c, skills: c.skills.map((s) => (s.skillId === null ? s : { ...s, name: s.skillId })) }, relations);
        const byAlias = run(p, { ...c, skills: c.skills.map(respell) }, relations);
        expect(byAlias.score).toBe(byId.score);
        expect(byAlias.mustHavesMet).toBe(byId.mustHavesMet);
        expect(byAlias.breakdown.criteria).toEqual(byId.breakdown.criteria);
      }),
      RUNS,
    );
  });

  it('scoreFast gives the same score and mustHavesMet as scoreCandidate, whatever was scored before', () => {
    fc.assert(
      fc.property(postingArb, relationsArb, fc.array(candidateArb, { minLength: 1, maxLength: 6 }), (p, relations, cs) => {
        const compiled = compilePosting(p, fakeTaxonomy(relations));
        for (const c of cs) {
          const fast = scoreFast(compiled, c);
          const full = scoreCandidate(compiled, c);
          expect(fast).toEqual({ score: full.score, mustHavesMet: full.mustHavesMet });
          expect(full).toEqual(run(p, c, relations));
        }
      }),
      RUNS,
    );
  });

  it('keeps the default weights adding up to 100', () => {
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});
