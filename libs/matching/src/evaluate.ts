/**
 * The hot path: fills a compiled posting's scratch arrays with one
 * candidate's credits and sub-scores, then the score. Indexed loops over
 * typed arrays, no closures, no allocation other than the first folding of a
 * new free-text spelling (memo.ts): sourcing runs this over the whole
 * discoverable pool. scoreFast and scoreCandidate both start here, which is
 * what guarantees they give the same score.
 */
import { skillKey } from './normalize';
import type { CompiledPosting, LanguageTables, Scratch } from './compile-posting';
import { CODE_UNKNOWN, type SkillTables } from './compile-skills';
import { locationSubScore } from './location';
import { memoized, sameCode } from './memo';
import type { CandidateSkill } from './model';
import { LANGUAGE_RANK_MASK, SKILL_CODE_SHIFT, SKILL_LEVEL_MASK } from './skill-codes';
import { cefrRank, effectiveLevel, experienceSubScore, languageCredit, levelFactor } from './rules';
import { salaryCriterion } from './salary';
import { CRITERIA, DEFAULT_WEIGHTS, MUST_THRESHOLD } from './scoring-constants';
import type { CandidateForScoring } from './scoring.types';

/** Indexes into Scratch.subScores / included, in CRITERIA order. */
const TECHNICAL = 0;
const SOFT = 1;
const LANGUAGES = 2;
const EXPERIENCE = 3;
const LOCATION = 4;
const SALARY = 5;

const DEFAULT_WEIGHT_VECTOR = Float64Array.from(CRITERIA.map((c) => DEFAULT_WEIGHTS[c]));

/** The lookup group a candidate skill falls in, −1 when it is neither required nor related. */
export function skillGroup(t: SkillTables, skill: CandidateSkill): number {
  const id = skill.skillId;
  if (id !== null && id !== undefined) return t.byId.get(id) ?? -1;
  // Folding a free-text name costs: skip it when the posting has no custom skill, memoize it otherwise.
  if (t.byCustomKey.size === 0) return -1;
  return t.byCustomKey.get(memoized(t.customKeys, skill.name, skillKey)) ?? -1;
}

function creditById(t: SkillTables, skill: CandidateSkill, credit: Float64Array): void {
  const g = skillGroup(t, skill);
  if (g < 0) return;
  const { groupEnd, entryItem, entryMatch, entryMinLevel } = t;
  const level = effectiveLevel(skill.level);
  for (let e = t.groupStart[g], end = groupEnd[g]; e < end; e++) {
    const value = entryMatch[e] * levelFactor(level, entryMinLevel[e]);
    const item = entryItem[e];
    if (value > credit[item]) credit[item] = value;
  }
}

function creditSkills(t: SkillTables, candidate: CandidateForScoring, credit: Float64Array): void {
  const skills = candidate.skills;
  const codes = candidate.skillCodes;
  for (let i = 0; i < credit.length; i++) credit[i] = 0;
  // Codes only count when they are the profile's own (one per skill) and the taxonomy has codes.
  if (codes !== null && codes !== undefined && codes.length === skills.length && t.codeSlot.length > 0) {
    // Locals, not property reads, inside the loop: this is the innermost code of sourcing.
    const { codeSlot, packedStart, packedEnd, packedItem, packedCredit } = t;
    for (let i = 0; i < codes.length; i++) {
      const packed = codes[i];
      const code = packed >> SKILL_CODE_SHIFT;
      const slot = packed >= 0 && code < codeSlot.length ? codeSlot[code] : CODE_UNKNOWN;
      if (slot >= 0) {
        // The common case: the skill object itself is never read, and the credits are precomputed.
        const k = (slot << SKILL_CODE_SHIFT) | (packed & SKILL_LEVEL_MASK);
        for (let e = packedStart[k], end = packedEnd[k]; e < end; e++) {
          const value = packedCredit[e];
          const item = packedItem[e];
          if (value > credit[item]) credit[item] = value;
        }
      } else if (slot === CODE_UNKNOWN) {
        creditById(t, skills[i], credit);
      }
      // CODE_NONE: a skill of the taxonomy that this posting neither requires nor relates to.
    }
    return;
  }
  for (let i = 0; i < skills.length; i++) creditById(t, skills[i], credit);
}

function creditLanguages(l: LanguageTables, candidate: CandidateForScoring, s: Scratch): void {
  const languages = candidate.languages;
  const packed = candidate.languageCodes;
  const usePacked = packed !== null && packed !== undefined && packed.length === languages.length;
  const rank = s.languageRank;
  const codes = l.code;
  const numeric = l.numericCode;
  for (let j = 0; j < codes.length; j++) rank[j] = -1;
  // Each of the candidate's languages is read once: as a packed code when there is one, else as strings.
  for (let k = 0; k < languages.length; k++) {
    const p = usePacked ? packed[k] : -1;
    if (p >= 0) {
      const code = p >> SKILL_CODE_SHIFT;
      const r = p & LANGUAGE_RANK_MASK;
      for (let j = 0; j < numeric.length; j++) if (numeric[j] === code && r > rank[j]) rank[j] = r;
      continue;
    }
    const language = languages[k];
    let r = -2;
    for (let j = 0; j < codes.length; j++) {
      if (!sameCode(language.language, codes[j])) continue;
      if (r === -2) r = cefrRank(language.level);
      if (r > rank[j]) rank[j] = r;
    }
  }
  for (let j = 0; j < codes.length; j++) s.languageCredit[j] = languageCredit(l.requiredRank[j], rank[j]);
}

/** Σ weight × credit / Σ weight over [from, to); −1 (left out) when there are no items. */
function weightedMean(credit: Float64Array, weight: Float64Array, from: number, to: number, weightSum: number): number {
  if (to <= from) return -1;
  let sum = 0;
  for (let i = from; i < to; i++) sum += weight[i] * credit[i];
  return sum / weightSum;
}

function setCriterion(s: Scratch, index: number, subScore: number): void {
  s.included[index] = subScore >= 0 ? 1 : 0;
  s.subScores[index] = subScore >= 0 ? subScore : 0;
}

function mustHavesMet(c: CompiledPosting): boolean {
  const { skills, languages, scratch } = c;
  for (let i = 0; i < skills.itemMust.length; i++) {
    if (skills.itemMust[i] === 1 && !(scratch.skillCredit[i] >= MUST_THRESHOLD)) return false;
  }
  for (let j = 0; j < languages.must.length; j++) {
    if (languages.must[j] === 1 && !(scratch.languageCredit[j] >= MUST_THRESHOLD)) return false;
  }
  return true;
}

/**
 * score = Σ weight × subScore with the weights rescaled over the included
 * criteria, i.e. 100 × Σ dw·s / Σ dw, in cents. Experience is always
 * included, so the denominator is never 0.
 */
export function scoreCents(subScores: Float64Array, included: Uint8Array): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < DEFAULT_WEIGHT_VECTOR.length; k++) {
    if (included[k] === 0) continue;
    num += DEFAULT_WEIGHT_VECTOR[k] * subScores[k];
    den += DEFAULT_WEIGHT_VECTOR[k];
  }
  return Math.min(10000, Math.max(0, Math.round((10000 * num) / den)));
}

export function evaluate(c: CompiledPosting, candidate: CandidateForScoring): void {
  const s = c.scratch;
  const t = c.skills;
  creditSkills(t, candidate, s.skillCredit);
  creditLanguages(c.languages, candidate, s);
  setCriterion(s, TECHNICAL, weightedMean(s.skillCredit, t.itemWeight, 0, t.technicalCount, t.technicalWeightSum));
  setCriterion(s, SOFT, weightedMean(s.skillCredit, t.itemWeight, t.technicalCount, t.items.length, t.softWeightSum));
  const l = c.languages;
  setCriterion(s, LANGUAGES, weightedMean(s.languageCredit, l.weight, 0, l.code.length, l.weightSum));
  setCriterion(s, EXPERIENCE, experienceSubScore(candidate.yearsExperience, c.minYears));
  setCriterion(s, LOCATION, locationSubScore(c.location, candidate));
  setCriterion(s, SALARY, salaryCriterion(c.salary, candidate.salaryExpectation));
  s.score = scoreCents(s.subScores, s.included) / 100;
  s.mustHavesMet = mustHavesMet(c);
}
