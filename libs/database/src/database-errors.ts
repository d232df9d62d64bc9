/** What the persistence layer answers on its own. */
export const DatabaseErrorCode = {
  /** Serialization failures or deadlocks outlasted the retries (503, Retry-After). */
  Busy: 'database_busy',
} as const;
