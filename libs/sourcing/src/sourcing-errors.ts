/** What starting and reading sourcing runs refuses. */
export const SourcingErrorCode = {
  /** Sourcing for a closed posting (409). */
  SourcingPostingClosed: 'sourcing_posting_closed',
  SourcingRunNotFound: 'sourcing_run_not_found',
} as const;
