import { CommonErrorCode } from './common-errors';
import { ServiceUnavailableError } from './domain-errors';

/** Socket-level failures: Postgres is down, restarting, or the connection was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Connection is not established|the database system is (starting up|shutting down)|terminating connection due to administrator command/i;

/**
 * The database could not be reached (as opposed to a query it refused): the
 * request gets a 503 with Retry-After, never a 500. Nothing is retried here:
 * a write whose connection dropped may or may not have committed, so only the
 * client, who knows whether it is safe, decides to send it again.
 */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | null {
  if (error instanceof ServiceUnavailableError) return null;
  const e = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } } | null;
  const codes = [e?.code, e?.driverError?.code].filter((c): c is string => typeof c === 'string');
  const messages = [e?.message, e?.driverError?.message].filter((m): m is string => typeof m === 'string');
  const unreachable =
    codes.some((c) => NETWORK_CODES.has(c) || SERVER_CODES.has(c) || c.startsWith('08')) || messages.some((m) => MESSAGES.test(m));
  return unreachable ? new ServiceUnavailableError(CommonErrorCode.Unavailable, 'The database is unavailable right now; retry shortly', 2, { cause: error }) : null;
}
