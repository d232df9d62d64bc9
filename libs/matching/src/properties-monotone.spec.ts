/**
 * Properties 3 and 4 of product/MATCHING.md: more never scores less, and
 * skills that have nothing to do with the posting change nothing.
 */
import { skillKey } from './normalize';
import fc from 'fast-check';
import { CEFR_LEVELS, type MatchResult } from './index';
import { candidateArb, candidateLanguageArb, candidateSkillArb, postingArb, relationsArb } from './testing/arbitraries';
import { scoreWith as run } from './testing/fixtures';

const RUNS = { numRuns: 300 };

describe('scorer properties', () => {
  describe('3. is monotone', () => {
    const atLeast = (before: MatchResult, after: MatchResult) => {
      expect(after.score).toBeGreaterThanOrEqual(before.score);
      if (before.mustHavesMet) expect(after.mustHavesMet).toBe(true);
    };

    it('adding a skill never lowers the score', () => {
      fc.assert(
        fc.property(postingArb, candidateArb, relationsArb, candidateSkillArb, (p, c, relations, skill) => {
          atLeast(run(p, c, relations), run(p, { ...c, skills: [...c.skills, skill] }, relations));
        }),
        RUNS,
      );
    });

    it('adding a language never lowers the score', () => {
      fc.assert(
        fc.property(postingArb, candidateArb, relationsArb, candidateLanguageArb, (p, c, relations, language) => {
          atLeast(run(p, c, relations), run(p, { ...c, languages: [language, ...c.languages] }, relations));
        }),
        RUNS,
      );
    });

    it('raising a skill level, a language level or the years never lowers the score', () => {
      const raise = fc.record({ at: fc.nat(), by: fc.integer({ min: 1, max: 4 }), years: fc.double({ min: 0, max: 10, noNaN: true }) });
      fc.assert(
        fc.property(postingArb, candidateArb, relationsArb, raise, (p, c, relations, { at, by, years }) => {
          const skills = c.skills.map((s, i) => (i === at % c.skills.length ? { ...s, level: Math.min(5, (s.level ?? 3) + by) } : s));
          const languages = c.languages.map((l, i) =>
            i === at % c.languages.length ? { ...l, level: CEFR_LEVELS[Math.min(6, CEFR_LEVELS.indexOf(l.level) + by)] } : l,
          );
          const before = run(p, c, relations);
          atLeast(before, run(p, { ...c, skills }, relations));
          atLeast(before, run(p, { ...c, languages }, relations));
          atLeast(before, run(p, { ...c, yearsExperience: (c.yearsExperience ?? 0) + years }, relations));
        }),
        RUNS,
      );
    });
  });

  it('4. skills that neither are nor relate to a required skill change nothing', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, fc.array(candidateSkillArb, { maxLength: 6 }), (p, c, relations, extra) => {
        const required = new Set(p.requirements.skills.flatMap((it) => it.anyOf));
        const relevant = new Set([...required, ...relations.filter((r) => required.has(r.to)).map((r) => r.from)]);
        const unrelated = extra.filter((s) => (s.skillId !== null ? !relevant.has(s.skillId) : !required.has(skillKey(s.name))));
        expect(run(p, { ...c, skills: [...c.skills, ...unrelated] }, relations)).toEqual(run(p, c, relations));
      }),
      RUNS,
    );
  });

});
