import { queryRows } from './query-rows';

describe('queryRows', () => {
  it('unwraps the [rows, count] answer of UPDATE/DELETE and passes SELECT rows through', () => {
    expect(queryRows([[{ id: 'a' }], 1])).toEqual([{ id: 'a' }]);
    expect(queryRows([[], 0])).toEqual([]);
    expect(queryRows([{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(queryRows([])).toEqual([]);
  });
});
