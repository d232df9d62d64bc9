import type { EntityManager } from 'typeorm';
import type { JobPostingEntity } from './job-posting.entity';

/**
 * What the postings service tells the rest of the platform when a posting's
 * requirements change. Implemented by the matching side (scoring), provided by
 * the app module: the postings library never imports it, so there is no cycle.
 */
export abstract class PostingChangeNotifier {
  /** Inside the transaction that bumped `requirementsVersion`: record the work as pending in Postgres. */
  abstract requirementsChangedInTransaction(manager: EntityManager, posting: JobPostingEntity): Promise<void>;
  /** After the commit: deliver the work (enqueue); losing this only delays it, the reconciler resends. */
  abstract requirementsChangedAfterCommit(posting: JobPostingEntity): Promise<void>;
}
