import { OPEN, sourcesOf, TERMINAL } from './status-flow';

describe('status flow', () => {
  it('derives the final statuses from the moves: none leaves them', () => {
    expect([...TERMINAL].sort()).toEqual(['hired', 'rejected', 'withdrawn']);
    for (const status of TERMINAL) expect(sourcesOf(status).includes(status)).toBe(false);
  });

  it('keeps every other status open', () => {
    expect(OPEN).toEqual(['applied', 'screening', 'interview', 'offer']);
  });
});
