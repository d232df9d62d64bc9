/**
 * The shapes the demo reads: the generated contract (@embauche/api-client),
 * never a copy. The one refinement is a match's breakdown: the API sends the
 * scorer's stored explanation verbatim and declares it as an open object, so
 * its type is the scorer's own (type-only import, nothing at run time).
 */
import type { Schema } from '@embauche/api-client';
import type { Breakdown } from '@embauche/matching/breakdown.types';

export type Session = Schema<'SessionResponse'>;
export type User = Schema<'UserResponse'>;
export type Posting = Schema<'PostingResponse'>;
export type ProfileBody = Schema<'ProfileDto'>;
export type Profile = Schema<'ProfileResponse'> & { unmapped?: Schema<'ImportedProfileResponse'>['unmapped'] };
export type Application = Schema<'ApplicationResponse'>;
export type MatchingStatus = Schema<'MatchingStatusResponse'>;
export type SkillInfo = Schema<'SkillResponse'>;
export type Match = Omit<Schema<'MatchResponse'>, 'breakdown'> & { breakdown: Breakdown };

export type {
  Breakdown,
  CriterionExplanation as Criterion,
  ItemExplanation as BreakdownItem,
  LanguageItemExplanation as LanguageItem,
  SkillItemExplanation as SkillItem,
} from '@embauche/matching/breakdown.types';
