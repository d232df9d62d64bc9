import type { DataSource, EntityManager } from 'typeorm';
import { ServiceUnavailableError } from '@embauche/common/errors/domain-errors';
import { DatabaseErrorCode } from './database-errors';

/**
 * SQLSTATEs after which the whole transaction may simply be run again:
 * serialization_failure (40001) and deadlock_detected (40P01). Postgres has
 * rolled the transaction back; nothing it did is visible.
 */
const RETRYABLE = new Set(['40001', '40P01']);

export interface TransactionOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Base of the jittered exponential backoff between attempts. */
  backoffMs?: number;
}

export function isRetryableTransactionError(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } })?.code ?? (error as { driverError?: { code?: unknown } })?.driverError?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * Runs `work` in one transaction, running it again (from the start, in a new
 * transaction) when Postgres aborts it with a deadlock or a serialization
 * failure. `work` must therefore have no side effect outside the transaction
 * (no enqueue, no notification): do those after this resolves. When every
 * attempt fails that way, the caller gets a ServiceUnavailableError (503 with
 * Retry-After), never the raw driver error.
 */
export async function runInTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 10;
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      // No connection free in time (a saturated pool) is not retried: retrying would add to it. Like
      // Postgres being down, the problem filter's one classifier (databaseUnavailable) answers it 503.
      if (!isRetryableTransactionError(error)) throw error;
      if (attempt >= attempts) {
        throw new ServiceUnavailableError(DatabaseErrorCode.Busy, 'The database is busy with concurrent changes; retry shortly', 1, { cause: error });
      }
      // Full jitter: two transactions that deadlocked must not retry in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * backoffMs * 2 ** (attempt - 1)));
    }
  }
}
