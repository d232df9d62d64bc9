import { Foundation1795346437115 } from './1795346437115-Foundation';
import { PostingsCandidatesApplications1795347152432 } from './1795347152432-PostingsCandidatesApplications';
import { Sourcing1795347518370 } from './1795347518370-Sourcing';
import { BlindReviewAndRankingKeys1795347863386 } from './1795347863386-BlindReviewAndRankingKeys';
import { UnscoredCountsIndex1795351368361 } from './1795351368361-UnscoredCountsIndex';
import { SkillCodes1795355137793 } from './1795355137793-SkillCodes';
import { LanguageCodes1795355673081 } from './1795355673081-LanguageCodes';
import { BreakdownsAsJsonText1795356483199 } from './1795356483199-BreakdownsAsJsonText';
import { ChangeNotifications1795360800000 } from './1795360800000-ChangeNotifications';
import { BrowserSessions1796235760095 } from './1796235760095-BrowserSessions';
import { Notifications1796304935547 } from './1796304935547-Notifications';
import { MemberDeactivation1796411110271 } from './1796411110271-MemberDeactivation';
import { StatusChangedAt1796500000000 } from './1796500000000-StatusChangedAt';

/** Every migration, in order. Generated from the entities (npm run migration:generate -- Name), reviewed, then listed here. */
export const MIGRATIONS: Function[] = [
  Foundation1795346437115,
  PostingsCandidatesApplications1795347152432,
  Sourcing1795347518370,
  BlindReviewAndRankingKeys1795347863386,
  UnscoredCountsIndex1795351368361,
  SkillCodes1795355137793,
  LanguageCodes1795355673081,
  BreakdownsAsJsonText1795356483199,
  ChangeNotifications1795360800000,
  BrowserSessions1796235760095,
  Notifications1796304935547,
  MemberDeactivation1796411110271,
  StatusChangedAt1796500000000,
];
