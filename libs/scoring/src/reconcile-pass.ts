/**
 * Overdue work another lib owns (sourcing runs), re-enqueued within the
 * reconciler's pass so that one timer and one wipe watcher serve every queue.
 * The worker app hands the passes to ScoringWorkerModule.register: scoring
 * imports none of their owners.
 */
export abstract class ReconcilePass {
  /** Re-enqueues what has waited longer than `afterMs`; returns how many jobs it (re-)enqueued. */
  abstract reconcile(afterMs: number): Promise<number>;
}

export const RECONCILE_PASSES = 'RECONCILE_PASSES';
