/**
 * Property 6 of product/MATCHING.md: a candidate who meets everything the
 * posting asks scores exactly 100, whatever else they hold.
 */
import fc from 'fast-check';
import {
  CEFR_LEVELS,
  DEFAULT_MIN_YEARS,
  type CandidateForScoring,
  type CandidateSkill,
  type PostingForScoring,
  type RemotePreference,
  type SalaryExpectation,
} from './index';
import { monthsPerYear } from './rules';
import {
  CUSTOM_KEYS,
  candidateLanguageArb,
  candidateSkillArb,
  citySpellings,
  postingArb,
  relationsArb,
  shuffle,
  spellings,
} from './testing/arbitraries';
import { scoreWith as run } from './testing/fixtures';

describe('scorer properties', () => {
  it('6. a candidate with every required skill, language, the years, in the city, within the salary scores 100', () => {
    const choices = fc.record({
      picks: fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
      remotePreference: fc.constantFrom<RemotePreference>('onsite', 'hybrid', 'remote', 'any'),
      willingToRelocate: fc.boolean(),
      extraYears: fc.double({ min: 0, max: 5, noNaN: true }),
      salaryShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      monthly: fc.boolean(),
      extraSkills: fc.array(candidateSkillArb, { maxLength: 5 }),
      extraLanguages: fc.array(candidateLanguageArb, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(postingArb, relationsArb, choices, (p, relations, x) => {
        const pick = (i: number, n: number) => x.picks[i % x.picks.length] % n;
        const skills = p.requirements.skills.map((it, i): CandidateSkill => {
          const id = it.anyOf[pick(i, it.anyOf.length)];
          const level = it.minLevel + pick(i + 1, 6 - it.minLevel);
          const name = spellings(id)[pick(i + 2, spellings(id).length)];
          return { name, skillId: CUSTOM_KEYS.includes(id) ? null : id, level: level === 3 && pick(i, 2) ? null : level };
        });
        const languages = p.requirements.languages.map((it, i) => ({
          language: it.language,
          level: CEFR_LEVELS[CEFR_LEVELS.indexOf(it.minLevel) + pick(i + 3, 7 - CEFR_LEVELS.indexOf(it.minLevel))],
        }));
        const required = p.requirements.minYearsExperience ?? DEFAULT_MIN_YEARS[p.seniority];
        const c: CandidateForScoring = {
          candidateId: 'c-perfect',
          country: p.country,
          city: citySpellings(p.city)[pick(5, 4)],
          // Wanting remote only halves an on-site posting even in its own city (MATCHING.md › Location).
          remotePreference: p.remotePolicy === 'onsite' && x.remotePreference === 'remote' ? 'any' : x.remotePreference,
          willingToRelocate: x.willingToRelocate,
          yearsExperience: required + x.extraYears,
          salaryExpectation: withinRange(p, x.salaryShare, x.monthly),
          skills: shuffle([...skills, ...x.extraSkills], x.picks[0]),
          languages: [...languages, ...x.extraLanguages],
        };
        const r = run(p, c, relations);
        expect(r.score).toBe(100);
        expect(r.mustHavesMet).toBe(true);
        expect(r.missingMustHaves).toEqual([]);
        for (const k of r.breakdown.criteria) expect(k.points).toBe(k.weight);
      }),
      { numRuns: 500 },
    );
  });

});

/** An expectation in the posting's currency whose yearly amount is at most the posting's yearly max. */
function withinRange(p: PostingForScoring, share: number | null, monthly: boolean): SalaryExpectation | null {
  if (p.salary === null || share === null) return null;
  const months = monthsPerYear(p.country);
  const annualMax = p.salary.period === 'month' ? p.salary.max * months : p.salary.max;
  const period = monthly ? 'month' : 'year';
  const amount = Math.floor((monthly ? annualMax / months : annualMax) * share);
  return { amount, currency: p.salary.currency, period };
}
