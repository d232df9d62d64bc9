import { compilePosting, scoreCandidate, scoreFast, type CandidateForScoring, type PostingForScoring } from './index';
import { candidate, fakeTaxonomy, has, lang, req, speaks, withRequirements } from './testing/fixtures';

function both(p: PostingForScoring, c: CandidateForScoring) {
  const compiled = compilePosting(p, fakeTaxonomy());
  return { full: scoreCandidate(compiled, c), fast: scoreFast(compiled, c) };
}

describe('must-haves', () => {
  const p = withRequirements({
    skills: [req(['java', 'python'], 'must', 4), req(['rigor'], 'must', 2), req(['docker'], 'nice', 5)],
    languages: [lang('en', 'B2', 'must'), lang('nl', 'C1', 'important')],
  });

  it('are met at a credit of exactly 0.5', () => {
    // java 2/4 = 0.5 ; rigor 2 ≥ 2 → 1 ; en A2: two levels below B2 → 0.5
    const { full, fast } = both(p, candidate({ skills: [has('java', 2), has('rigor', 2)], languages: [speaks('en', 'A2')] }));
    expect(full).toMatchObject({ mustHavesMet: true, missingMustHaves: [] });
    expect(fast.mustHavesMet).toBe(true);
  });

  it('list the must items below 0.5, skills then languages, in the posting order', () => {
    // python 1/4 = 0.25 < 0.5 ; rigor absent ; en A1 → 0.25 < 0.5 ; docker and nl are not musts
    const { full, fast } = both(p, candidate({ skills: [has('python', 1)], languages: [speaks('en', 'A1')] }));
    expect(full.mustHavesMet).toBe(false);
    expect(fast.mustHavesMet).toBe(false);
    expect(full.missingMustHaves).toEqual([
      { type: 'skill', anyOf: ['java', 'python'] },
      { type: 'skill', anyOf: ['rigor'] },
      { type: 'language', language: 'en', minLevel: 'B2' },
    ]);
    expect(full.breakdown.items.map((i) => i.met)).toEqual([false, false, null, false, null]);
  });

  it('count a related skill: 0.9 × 2/3 = 0.6 meets, 0.6 × 2/3 = 0.4 does not', () => {
    const q = withRequirements({ skills: [req(['sql'], 'must', 3), req(['postgresql'], 'must', 3)] });
    const { full } = both(q, candidate({ skills: [has('mysql', 2)] }));
    expect(full.breakdown.items.map((i) => i.met)).toEqual([true, false]);
    expect(full.missingMustHaves).toEqual([{ type: 'skill', anyOf: ['postgresql'] }]);
  });

  it('are met by default when the posting has none', () => {
    const { full } = both(withRequirements({ skills: [req(['java'], 'nice')] }), candidate());
    expect(full).toMatchObject({ mustHavesMet: true, missingMustHaves: [] });
  });

  it('do not change the score', () => {
    // must or nice, one missing item of one gives 0 on technical skills either way
    const score = (importance: 'must' | 'nice') =>
      both(withRequirements({ skills: [req(['java'], importance)] }), candidate()).full.score;
    expect(score('must')).toBe(score('nice'));
  });
});
