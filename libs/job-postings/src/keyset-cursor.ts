import { decodeCursor, InvalidInputError } from '@embauche/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A (timestamp, id) keyset cursor as minted by toPage. decodeCursor only checks
 * the shape, so a hand-made cursor with the right arity would otherwise reach
 * Postgres as a bad timestamptz/uuid cast (a 500); here it is the same 400.
 */
export function decodeTimeIdCursor(cursor: string | undefined): { at: string; id: string } | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [at, id] = values;
  if (typeof at === 'string' && typeof id === 'string' && UUID.test(id)) {
    const time = new Date(at);
    if (!Number.isNaN(time.getTime()) && time.toISOString() === at) return { at, id };
  }
  throw InvalidInputError.field('cursor', 'is not a cursor returned by this list');
}
