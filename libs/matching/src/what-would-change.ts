/**
 * "What would change it": for each requirement a candidate lacks or only
 * partly meets, the points they would gain by meeting it at the level asked.
 *
 * Computed by the scorer itself, never estimated: each gain is the score of
 * the candidate with that one change applied (`applyChange`), run through the
 * same evaluation as the stored score, minus the score without it, in whole
 * cents. So applying a gain's change to the profile gives exactly
 * score + points (properties-what-would-change.spec.ts).
 *
 * Requirements are what the posting asks a level of: skill items, language
 * items and the years of experience. Location and salary are left out on
 * purpose (docs/DECISIONS.md › Candidate applications): moving house or
 * asking for less pay are not requirements met "at the level asked", and a
 * tool that tells candidates to lower their pay expectation works against them.
 */
import { skillKey } from './normalize';
import type { CompiledPosting } from './compile-posting';
import { evaluate } from './evaluate';
import { CEFR_LEVELS, IMPORTANCES, type CandidateSkill, type CefrLevel, type Importance } from './model';
import { cefrRank, effectiveLevel } from './rules';
import type { CandidateForScoring } from './scoring.types';

/** One edit of a profile: a skill at a level, a language at a level, or the years of experience. */
export type RequirementChange =
  | {
      type: 'skill';
      /** The skill to hold: a taxonomy id, or for a custom requirement its text (matched by skillKey). */
      skill: string;
      /** true when `skill` is a taxonomy id, false for a custom skill. */
      known: boolean;
      /** The candidate's current level in that very skill (absent level counts as 3); null when they do not list it. */
      fromLevel: number | null;
      toLevel: number;
    }
  | { type: 'language'; language: string; fromLevel: CefrLevel | null; toLevel: CefrLevel }
  | { type: 'experience'; fromYears: number | null; toYears: number };

export type GainRequirement =
  | { type: 'skill'; criterion: 'technicalSkills' | 'softSkills'; anyOf: string[]; importance: Importance; minLevel: number }
  | { type: 'language'; language: string; importance: Importance; minLevel: CefrLevel }
  | { type: 'experience'; minYears: number };

export interface ScoreGain {
  requirement: GainRequirement;
  change: RequirementChange;
  /** Points added to the score by this change alone, ≥ 0, two decimals. */
  points: number;
  scoreIfMet: number;
  /** Whether every must-have would be met after this change alone. */
  mustHavesMetIfMet: boolean;
}

export interface WhatWouldChange {
  /** The score the gains start from (the stored one, when computed from the same versions). */
  score: number;
  mustHavesMet: boolean;
  /** Largest gain first; then must before important before nice; then the posting's order. */
  gains: ScoreGain[];
}

const cents = (score: number) => Math.round(score * 100);

/** The candidate with one change applied; packed codes are dropped so the strings, which changed, are read. */
export function applyChange(candidate: CandidateForScoring, change: RequirementChange): CandidateForScoring {
  const base = { ...candidate, skillCodes: null, languageCodes: null };
  if (change.type === 'experience') return { ...base, yearsExperience: change.toYears };
  if (change.type === 'language') {
    const code = change.language.toLowerCase();
    const others = candidate.languages.filter((l) => l.language.toLowerCase() !== code);
    return { ...base, languages: [...others, { language: change.language, level: change.toLevel }] };
  }
  const same = isSameSkill(change.skill, change.known);
  let found = false;
  const skills = candidate.skills.map((s) => {
    if (!same(s)) return s;
    found = true;
    return { ...s, level: Math.max(effectiveLevel(s.level), change.toLevel) };
  });
  if (!found) skills.push({ name: change.skill, skillId: change.known ? change.skill : null, level: change.toLevel });
  return { ...base, skills };
}

function isSameSkill(skill: string, known: boolean): (s: CandidateSkill) => boolean {
  if (known) return (s) => s.skillId === skill;
  const key = skillKey(skill);
  return (s) => (s.skillId === null || s.skillId === undefined) && skillKey(s.name) === key;
}

function currentSkillLevel(candidate: CandidateForScoring, skill: string, known: boolean): number | null {
  const same = isSameSkill(skill, known);
  let best: number | null = null;
  for (const s of candidate.skills) if (same(s)) best = Math.max(best ?? 0, effectiveLevel(s.level));
  return best;
}

function currentLanguageLevel(candidate: CandidateForScoring, language: string): CefrLevel | null {
  let rank = -1;
  for (const l of candidate.languages) if (l.language.toLowerCase() === language.toLowerCase()) rank = Math.max(rank, cefrRank(l.level));
  return rank >= 0 ? CEFR_LEVELS[rank] : null;
}

/**
 * Every gain for this candidate against this compiled posting. Uses the
 * posting's scratch (like scoreFast): read a scoreCandidate result first.
 */
export function whatWouldChange(compiled: CompiledPosting, candidate: CandidateForScoring): WhatWouldChange {
  const run = (c: CandidateForScoring) => {
    evaluate(compiled, c);
    return { cents: cents(compiled.scratch.score), mustHavesMet: compiled.scratch.mustHavesMet };
  };
  const before = run(candidate);
  // Credits per item of the candidate as they are, read before any other evaluation overwrites the scratch.
  const skillCredit = Array.from(compiled.scratch.skillCredit);
  const languageCredit = Array.from(compiled.scratch.languageCredit);
  const gains: Array<{ gain: ScoreGain; order: number }> = [];
  const gainOf = (change: RequirementChange) => {
    const after = run(applyChange(candidate, change));
    return { points: (after.cents - before.cents) / 100, scoreIfMet: after.cents / 100, mustHavesMetIfMet: after.mustHavesMet };
  };

  compiled.skills.items.forEach((item, i) => {
    if (skillCredit[i] >= 1) return;
    const r = item.requirement;
    let best: (ReturnType<typeof gainOf> & { change: RequirementChange }) | undefined;
    // Any one skill of anyOf meets the item: keep the one that gains most (the first listed among equals).
    for (const skill of new Set(r.anyOf)) {
      const known = compiled.taxonomy.kindOf(skill) !== undefined;
      const change: RequirementChange = { type: 'skill', skill, known, fromLevel: currentSkillLevel(candidate, skill, known), toLevel: r.minLevel };
      const gain = { ...gainOf(change), change };
      if (best === undefined || gain.points > best.points) best = gain;
    }
    if (best === undefined) return;
    const requirement: GainRequirement = { type: 'skill', criterion: item.criterion, anyOf: [...r.anyOf], importance: r.importance, minLevel: r.minLevel };
    const { change, points, scoreIfMet, mustHavesMetIfMet } = best;
    gains.push({ gain: { requirement, change, points, scoreIfMet, mustHavesMetIfMet }, order: item.postingIndex });
  });

  const skillCount = compiled.posting.requirements.skills.length;
  compiled.languages.items.forEach((item, j) => {
    if (languageCredit[j] >= 1) return;
    const r = item.requirement;
    const change: RequirementChange = { type: 'language', language: r.language, fromLevel: currentLanguageLevel(candidate, r.language), toLevel: r.minLevel };
    const requirement: GainRequirement = { type: 'language', language: r.language, importance: r.importance, minLevel: r.minLevel };
    gains.push({ gain: { requirement, change, ...gainOf(change) }, order: skillCount + item.postingIndex });
  });

  const years = candidate.yearsExperience !== null && candidate.yearsExperience > 0 ? candidate.yearsExperience : 0;
  if (years < compiled.minYears) {
    const change: RequirementChange = { type: 'experience', fromYears: candidate.yearsExperience, toYears: compiled.minYears };
    gains.push({ gain: { requirement: { type: 'experience', minYears: compiled.minYears }, change, ...gainOf(change) }, order: Number.MAX_SAFE_INTEGER });
  }

  // Leave the scratch as the candidate's own evaluation, as a caller of scoreFast would expect.
  run(candidate);
  const importanceRank = (g: ScoreGain) => (g.requirement.type === 'experience' ? IMPORTANCES.length : IMPORTANCES.indexOf(g.requirement.importance));
  gains.sort((a, b) => b.gain.points - a.gain.points || importanceRank(a.gain) - importanceRank(b.gain) || a.order - b.order);
  return { score: before.cents / 100, mustHavesMet: before.mustHavesMet, gains: gains.map((g) => g.gain) };
}
