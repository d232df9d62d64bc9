/**
 * The scorer (product/MATCHING.md): plain TypeScript, data in, result out.
 * See ../README.md for what it owns and what it must never import.
 */
export * from './model';
export * from './scoring-constants';
export type { CandidateForScoring, PostingForScoring, ScoringTaxonomy, SkillRelation } from './scoring.types';
export type * from './breakdown.types';
export { compilePosting } from './compile-posting';
export type { CompiledPosting } from './compile-posting';
export { scoreCandidate, scoreFast } from './score-candidate';
export { packLanguageCode, packSkillCode } from './skill-codes';
export { applyChange, whatWouldChange } from './what-would-change';
export type { GainRequirement, RequirementChange, ScoreGain, WhatWouldChange } from './what-would-change';

export { foldText, skillKey } from './normalize';
