/**
 * compilePosting: everything about a posting that does not depend on the
 * candidate, computed once, plus scratch arrays the scorer reuses so scoring
 * a profile allocates nothing but its result.
 *
 * A CompiledPosting is therefore single-threaded state: score with it from
 * one place at a time (the usual case in Node; compile one per worker thread).
 */
import { compileSkills, type SkillTables } from './compile-skills';
import { languageCode } from './skill-codes';
import { compileLocation, type LocationContext } from './location';
import { IMPORTANCES, type LanguageRequirement } from './model';
import { cefrRank, requiredYears } from './rules';
import { compileSalary, type SalaryContext } from './salary';
import { CRITERIA, IMPORTANCE_WEIGHTS } from './scoring-constants';
import type { PostingForScoring, ScoringTaxonomy } from './scoring.types';

export interface CompiledLanguageItem {
  readonly requirement: LanguageRequirement;
  readonly postingIndex: number;
}

export interface LanguageTables {
  /** Canonical order (by language, importance, level). */
  readonly items: ReadonlyArray<CompiledLanguageItem>;
  /** ISO 639-1 codes, compared case-insensitively. */
  readonly code: ReadonlyArray<string>;
  /** The same codes as numbers (skill-codes.ts languageCode), −1 for a code that is not two letters. */
  readonly numericCode: Int32Array;
  readonly requiredRank: Int32Array;
  readonly weight: Float64Array;
  readonly must: Uint8Array;
  readonly weightSum: number;
}

/** Per-profile working memory, overwritten by every evaluation. */
export interface Scratch {
  readonly skillCredit: Float64Array;
  readonly languageCredit: Float64Array;
  /** The candidate's best CEFR rank per language item, −1 when absent. */
  readonly languageRank: Int32Array;
  /** Indexed like CRITERIA; a left-out criterion has included 0. */
  readonly subScores: Float64Array;
  readonly included: Uint8Array;
  score: number;
  mustHavesMet: boolean;
}

export interface CompiledPosting {
  readonly posting: PostingForScoring;
  readonly taxonomy: ScoringTaxonomy;
  readonly skills: SkillTables;
  readonly languages: LanguageTables;
  readonly minYears: number;
  readonly minYearsFrom: 'posting' | 'seniorityDefault';
  readonly location: LocationContext;
  readonly salary: SalaryContext;
  readonly scratch: Scratch;
}

function compileLanguages(requirements: LanguageRequirement[]): LanguageTables {
  const importanceRank = (r: LanguageRequirement) => IMPORTANCES.indexOf(r.importance);
  const items = requirements
    .map((requirement, postingIndex) => ({ requirement, postingIndex, code: requirement.language.toLowerCase() }))
    .sort(
      (a, b) =>
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
        importanceRank(a.requirement) - importanceRank(b.requirement) ||
        cefrRank(a.requirement.minLevel) - cefrRank(b.requirement.minLevel),
    );
  const weights = items.map((it) => IMPORTANCE_WEIGHTS[it.requirement.importance]);
  return {
    items: items.map(({ requirement, postingIndex }) => ({ requirement, postingIndex })),
    code: items.map((it) => it.code),
    numericCode: Int32Array.from(items.map((it) => languageCode(it.code))),
    requiredRank: Int32Array.from(items.map((it) => cefrRank(it.requirement.minLevel))),
    weight: Float64Array.from(weights),
    must: Uint8Array.from(items.map((it) => (it.requirement.importance === 'must' ? 1 : 0))),
    weightSum: weights.reduce((a, b) => a + b, 0),
  };
}

export function compilePosting(posting: PostingForScoring, taxonomy: ScoringTaxonomy): CompiledPosting {
  const skills = compileSkills(posting.requirements.skills, taxonomy);
  const languages = compileLanguages(posting.requirements.languages);
  const minYearsExperience = posting.requirements.minYearsExperience ?? null;
  return {
    posting,
    taxonomy,
    skills,
    languages,
    minYears: requiredYears(minYearsExperience, posting.seniority),
    minYearsFrom: minYearsExperience !== null ? 'posting' : 'seniorityDefault',
    location: compileLocation(posting),
    salary: compileSalary(posting),
    scratch: {
      skillCredit: new Float64Array(skills.items.length),
      languageCredit: new Float64Array(languages.items.length),
      languageRank: new Int32Array(languages.items.length),
      subScores: new Float64Array(CRITERIA.length),
      included: new Uint8Array(CRITERIA.length),
      score: 0,
      mustHavesMet: true,
    },
  };
}
