import { describe, expect, it } from 'vitest';
import { filtersFrom, withParam } from './review-params';

describe('review filters in the URL', () => {
  it('reads what the API accepts', () => {
    expect(filtersFrom(new URLSearchParams('minScore=62.5&mustHavesMet=false&status=screening&blind=1'))).toEqual({
      minScore: 62.5,
      mustHavesMet: false,
      status: 'screening',
      blind: true,
    });
    expect(filtersFrom(new URLSearchParams(''))).toEqual({ minScore: undefined, mustHavesMet: undefined, status: undefined, blind: false });
  });

  it('drops what the API would refuse instead of sending it', () => {
    expect(filtersFrom(new URLSearchParams('minScore=101&mustHavesMet=maybe&status=bogus&blind=yes'))).toEqual({
      minScore: undefined,
      mustHavesMet: undefined,
      status: undefined,
      blind: false,
    });
    expect(filtersFrom(new URLSearchParams('minScore=abc')).minScore).toBeUndefined();
    expect(filtersFrom(new URLSearchParams('minScore=-1')).minScore).toBeUndefined();
  });

  it('sets and removes one parameter, keeping the others', () => {
    const params = new URLSearchParams('minScore=50&candidate=abc');
    expect(withParam(params, 'status', 'offer').toString()).toBe('minScore=50&candidate=abc&status=offer');
    expect(withParam(params, 'candidate', undefined).toString()).toBe('minScore=50');
    expect(withParam(params, 'minScore', '').toString()).toBe('candidate=abc');
    expect(params.toString()).toBe('minScore=50&candidate=abc');
  });
});
