/** What applying and moving applications refuse. Two 409s a client must tell apart: closed vs already applied. */
export const ApplicationErrorCode = {
  /** The posting closed before (or while) the candidate applied (409). */
  PostingClosed: 'posting_closed',
  AlreadyApplied: 'already_applied',
  /** Applying needs a profile first (409). */
  ProfileRequired: 'profile_required',
  ApplicationNotFound: 'application_not_found',
  /** Only the candidate may withdraw (403). */
  WithdrawByCandidateOnly: 'withdraw_by_candidate_only',
  /** The application is hired, rejected or withdrawn (409). */
  StatusFinal: 'application_status_final',
  /** Another move committed first; reload and retry (409). */
  MovedMeanwhile: 'application_moved_meanwhile',
  /** The move is not in the status table (409). */
  TransitionNotAllowed: 'transition_not_allowed',
} as const;
