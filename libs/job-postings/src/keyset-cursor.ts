import { decodeCursor } from '@embauche/common';

/** A (timestamp, id) keyset cursor as minted by toPage; a forged one is a 400 on `cursor`. */
export function decodeTimeIdCursor(cursor: string | undefined): { at: string; id: string } | null {
  const values = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
  return values && { at: values[0], id: values[1] };
}
