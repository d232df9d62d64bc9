import type { EntityManager } from 'typeorm';

/**
 * What the profiles service tells the rest of the platform when a profile's
 * revision moves. Implemented by the applications side (the candidate's open
 * applications are scored again), provided by the app module: the candidates
 * library never imports it, so there is no cycle.
 */
export abstract class ProfileChangeNotifier {
  /** Inside the transaction that bumped the revision: record the work as pending in Postgres. */
  abstract revisionBumpedInTransaction(manager: EntityManager, candidateId: string, revision: number): Promise<void>;
  /** After the commit: deliver the work (enqueue); losing this only delays it, the reconciler resends. */
  abstract revisionBumpedAfterCommit(candidateId: string, revision: number): Promise<void>;
}
