import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '@embauche/applications/status-flow';
import { BOARD_COLUMNS, commonMoves, movesFrom } from './pipeline-format';

describe('the board’s moves come from the API’s status table', () => {
  it('offers from each column exactly the moves of the table, never withdrawing (the candidate’s own)', () => {
    for (const status of BOARD_COLUMNS) expect(movesFrom(status)).toEqual(TRANSITIONS[status]);
    expect(BOARD_COLUMNS.flatMap(movesFrom)).not.toContain('withdrawn');
    expect(movesFrom('hired')).toEqual([]);
    expect(movesFrom('not-a-status')).toEqual([]);
  });

  it('offers a bulk move only when every selected card allows it', () => {
    expect(commonMoves(['applied', 'applied'])).toEqual(['screening', 'rejected']);
    expect(commonMoves(['applied', 'interview'])).toEqual(['rejected']);
    expect(commonMoves(['applied', 'hired'])).toEqual([]);
    expect(commonMoves([])).toEqual([]);
  });
});
