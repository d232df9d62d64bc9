import { CommonErrorCode } from '../errors/common-errors';
import { InvalidInputError } from '../errors/domain-errors';

/**
 * Opaque keyset cursors: the sort key of the last item of a page, as
 * base64url JSON. Clients must not build them, and a forged one must never
 * reach SQL: every cursor is decoded by `decodeCursor`, which checks each
 * value against the type its list declares, so a tampered cursor is a 400.
 */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** What a cursor value may be: `timestamp` is an ISO-8601 instant as `toISOString` writes it. */
export type CursorField = 'timestamp' | 'uuid' | 'number' | 'boolean';

type FieldValue<F extends CursorField> = F extends 'boolean' ? boolean : F extends 'number' ? number : string;
export type CursorValues<F extends readonly CursorField[]> = { -readonly [K in keyof F]: F[K] extends CursorField ? FieldValue<F[K]> : never };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Postgres numeric and double precision both take these; Infinity (JSON 1e999) they would not compare sanely.
const MAX_NUMBER = 1e15;

const CHECKS: Record<CursorField, (value: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && v.length === 24 && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_NUMBER,
  boolean: (v) => typeof v === 'boolean',
};

/** The values of `cursor`, typed as `fields` says; null when there is none; a 400 on `cursor` when it is not one this list minted. */
export function decodeCursor<const F extends readonly CursorField[]>(cursor: string | undefined, fields: F): CursorValues<F> | null {
  if (cursor === undefined || cursor === '') return null;
  let values: unknown;
  try {
    values = /^[A-Za-z0-9_-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    values = undefined;
  }
  if (Array.isArray(values) && values.length === fields.length && fields.every((field, i) => CHECKS[field](values[i]))) {
    return values as CursorValues<F>;
  }
  throw InvalidInputError.field(CommonErrorCode.InvalidCursor, 'cursor', 'is not a cursor returned by this list');
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Fetch `limit + 1` rows, then call this: the extra row only tells whether a next page exists. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, keyOf: (row: R) => unknown[]): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(map), nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}
