import { QueryFailedError } from 'typeorm';

/** Postgres refused a row because a unique constraint already holds it (SQLSTATE 23505): the caller maps it to its own 409. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';
}
