/**
 * Turns a filled scratch (see evaluate.ts) into the stored breakdown: each
 * criterion with its rescaled weight and points, each requirement item, and
 * what experience, location and salary compared. Reads the numbers the hot
 * path produced and never recomputes a score of its own.
 */
import type {
  CriterionExplanation,
  ExperienceExplanation,
  LanguageItemExplanation,
  LocationExplanation,
  SalaryExplanation,
} from './breakdown.types';
import type { CompiledPosting } from './compile-posting';
import { isHalvedForRemoteOnly, locationRule, locationTableSubScore } from './location';
import { apportionCents, centsToNumber } from './rounding';
import { cefrLevelAt } from './rules';
import { annualExpectation, salaryRule } from './salary';
import { CRITERIA, DEFAULT_WEIGHTS, IMPORTANCE_WEIGHTS, MUST_THRESHOLD } from './scoring-constants';
import type { CandidateForScoring } from './scoring.types';

/** Criteria with weights rescaled over the included ones and points apportioned to the score, both to the cent. */
export function explainCriteria(c: CompiledPosting): CriterionExplanation[] {
  const { subScores, included, score } = c.scratch;
  const kept = CRITERIA.map((_, k) => k).filter((k) => included[k] === 1);
  const total = kept.reduce((sum, k) => sum + DEFAULT_WEIGHTS[CRITERIA[k]], 0);
  const share = (k: number) => (10000 * DEFAULT_WEIGHTS[CRITERIA[k]]) / total;
  const weightCents = apportionCents(kept.map(share), 10000);
  const pointCents = apportionCents(kept.map((k) => share(k) * subScores[k]), Math.round(score * 100));
  return CRITERIA.map((criterion, k) => {
    const at = kept.indexOf(k);
    return {
      criterion,
      included: at >= 0,
      weight: at >= 0 ? centsToNumber(weightCents[at]) : 0,
      defaultWeight: DEFAULT_WEIGHTS[criterion],
      subScore: at >= 0 ? subScores[k] : null,
      points: at >= 0 ? centsToNumber(pointCents[at]) : 0,
    };
  });
}

/** Language item explanations in the posting's order. */
export function explainLanguageItems(c: CompiledPosting): LanguageItemExplanation[] {
  const out = new Array<LanguageItemExplanation>(c.languages.items.length);
  c.languages.items.forEach((item, j) => {
    const r = item.requirement;
    const rank = c.scratch.languageRank[j];
    const credit = c.scratch.languageCredit[j];
    out[item.postingIndex] = {
      type: 'language',
      language: r.language,
      importance: r.importance,
      importanceWeight: IMPORTANCE_WEIGHTS[r.importance],
      minLevel: r.minLevel,
      candidateLevel: cefrLevelAt(rank),
      levelsBelow: rank < 0 ? null : Math.max(0, c.languages.requiredRank[j] - rank),
      credit,
      met: r.importance === 'must' ? credit >= MUST_THRESHOLD : null,
    };
  });
  return out;
}

export function explainExperience(c: CompiledPosting, candidate: CandidateForScoring): ExperienceExplanation {
  return {
    required: c.minYears,
    requiredFrom: c.minYearsFrom,
    seniority: c.posting.seniority,
    candidate: candidate.yearsExperience,
    subScore: c.scratch.subScores[CRITERIA.indexOf('experience')],
  };
}

export function explainLocation(c: CompiledPosting, candidate: CandidateForScoring): LocationExplanation {
  const k = CRITERIA.indexOf('location');
  const rule = locationRule(c.location, candidate);
  const table = locationTableSubScore(rule, c.posting.remotePolicy);
  const { country, city, remotePolicy } = c.posting;
  return {
    posting: { country, city, remotePolicy },
    candidate: {
      country: candidate.country,
      city: candidate.city,
      remotePreference: candidate.remotePreference,
      willingToRelocate: candidate.willingToRelocate,
    },
    rule,
    tableSubScore: table >= 0 ? table : null,
    halvedForRemoteOnly: table >= 0 && isHalvedForRemoteOnly(remotePolicy, candidate),
    subScore: c.scratch.included[k] === 1 ? c.scratch.subScores[k] : null,
  };
}

export function explainSalary(c: CompiledPosting, candidate: CandidateForScoring): SalaryExplanation {
  const k = CRITERIA.indexOf('salary');
  const range = c.posting.salary;
  const expectation = candidate.salaryExpectation;
  return {
    rule: salaryRule(c.salary, expectation),
    monthsPerYear: c.salary.monthsPerYear,
    posting: range && {
      min: range.min,
      max: range.max,
      currency: range.currency,
      period: range.period,
      annualMax: c.salary.annualMax,
    },
    expectation: expectation && {
      amount: expectation.amount,
      currency: expectation.currency,
      period: expectation.period,
      annual: annualExpectation(c.salary, expectation),
    },
    subScore: c.scratch.included[k] === 1 ? c.scratch.subScores[k] : null,
  };
}
