/**
 * The two ways to score a candidate against a compiled posting:
 * - scoreFast: score and mustHavesMet only, for sourcing over the whole pool;
 * - scoreCandidate: the same numbers plus the breakdown that is stored.
 * Both run `evaluate` first, so they cannot disagree.
 */
import type { FastScore, MatchResult, MissingMustHave } from './breakdown.types';
import type { CompiledPosting } from './compile-posting';
import { evaluate } from './evaluate';
import { explainCriteria, explainExperience, explainLanguageItems, explainLocation, explainSalary } from './explain';
import { explainSkillItems } from './explain-skills';
import { SCORER_VERSION } from './scoring-constants';
import type { CandidateForScoring } from './scoring.types';

export function scoreFast(compiled: CompiledPosting, candidate: CandidateForScoring): FastScore {
  evaluate(compiled, candidate);
  return { score: compiled.scratch.score, mustHavesMet: compiled.scratch.mustHavesMet };
}

export function scoreCandidate(compiled: CompiledPosting, candidate: CandidateForScoring): MatchResult {
  evaluate(compiled, candidate);
  const { score, mustHavesMet } = compiled.scratch;
  const skillItems = explainSkillItems(compiled, candidate.skills);
  const languageItems = explainLanguageItems(compiled);
  const missingMustHaves: MissingMustHave[] = [
    ...skillItems.filter((it) => it.met === false).map((it) => ({ type: 'skill' as const, anyOf: [...it.anyOf] })),
    ...languageItems
      .filter((it) => it.met === false)
      .map((it) => ({ type: 'language' as const, language: it.language, minLevel: it.minLevel })),
  ];
  return {
    scorerVersion: SCORER_VERSION,
    score,
    mustHavesMet,
    missingMustHaves,
    breakdown: {
      scorerVersion: SCORER_VERSION,
      score,
      mustHavesMet,
      criteria: explainCriteria(compiled),
      items: [...skillItems, ...languageItems],
      experience: explainExperience(compiled, candidate),
      location: explainLocation(compiled, candidate),
      salary: explainSalary(compiled, candidate),
    },
  };
}
