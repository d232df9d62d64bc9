import { compilePosting, scoreCandidate, type CefrLevel, type LanguageItemExplanation, type PostingForScoring } from './index';
import { cefrRank } from './rules';
import { CEFR_LEVELS } from './model';
import { candidate, fakeTaxonomy, lang, speaks, subScoreOf, withRequirements } from './testing/fixtures';

function score(p: PostingForScoring, languages: ReturnType<typeof speaks>[]) {
  return scoreCandidate(compilePosting(p, fakeTaxonomy()), candidate({ languages }));
}

function languageItem(p: PostingForScoring, languages: ReturnType<typeof speaks>[]): LanguageItemExplanation {
  const item = score(p, languages).breakdown.items[0];
  if (item.type !== 'language') throw new Error('expected a language item');
  return item;
}

describe('language items', () => {
  const englishB2 = withRequirements({ languages: [lang('en', 'B2')] });

  it.each<[CefrLevel, number]>([
    ['native', 1], // above: 1
    ['C2', 1],
    ['C1', 1],
    ['B2', 1], // at the level: 1
    ['B1', 0.75], // one level below: 1 − 0.25
    ['A2', 0.5], // two below: 1 − 0.5
    ['A1', 0.25], // three below: 1 − 0.75
  ])('B2 asked, %s spoken → %d', (level, credit) => {
    expect(languageItem(englishB2, [speaks('en', level)])).toMatchObject({ candidateLevel: level, credit });
  });

  it('floors the credit at 0', () => {
    // native asked, A1 spoken: 6 levels below → 1 − 1.5 < 0 → 0 ; C2 asked, A2 spoken: 4 below → 0
    expect(languageItem(withRequirements({ languages: [lang('en', 'native')] }), [speaks('en', 'A1')])).toMatchObject({ credit: 0, levelsBelow: 6 });
    expect(languageItem(withRequirements({ languages: [lang('en', 'C2')] }), [speaks('en', 'A2')]).credit).toBe(0);
  });

  it('gives 0 for an absent language', () => {
    expect(languageItem(englishB2, [speaks('fr', 'native')])).toMatchObject({ candidateLevel: null, levelsBelow: null, credit: 0 });
  });

  it('compares language codes without case', () => {
    expect(languageItem(englishB2, [speaks('EN', 'C1')]).credit).toBe(1);
  });

  it('uses the best level when a language is listed twice', () => {
    expect(languageItem(englishB2, [speaks('en', 'A1'), speaks('en', 'B1')]).credit).toBe(0.75);
  });

  it('weighs items by importance', () => {
    // en must B2 (weight 3), nl nice B1 (weight 1); en B1 → 0.75, no nl → 0
    // subScore = (3×0.75 + 1×0) / 4 = 0.5625
    const p = withRequirements({ languages: [lang('en', 'B2', 'must'), lang('nl', 'B1', 'nice')] });
    const r = score(p, [speaks('en', 'B1')]);
    expect(subScoreOf(r, 'languages')).toBe(0.5625);
    // score = 100 × (15×0.5625 + 5 + 5) / 25 = 1843.75/25 = 73.75
    expect(r.score).toBe(73.75);
  });

  it('leaves the criterion out when the posting asks no language', () => {
    expect(subScoreOf(score(withRequirements({}), [speaks('en', 'C1')]), 'languages')).toBeNull();
  });
});

describe('cefrRank', () => {
  it('follows the order of CEFR_LEVELS', () => {
    expect(CEFR_LEVELS.map(cefrRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it.each(['', 'A', 'A3', 'D1', 'a1', 'Native', 'B22'])('is −1 for %j', (level) => {
    expect(cefrRank(level)).toBe(-1);
  });
});
