/**
 * Where generated candidates live and which languages they speak: a Belgian
 * pool (Wallonia speaks French, Flanders Dutch, Brussels both, everyone some
 * English), with neighbours from France, the Netherlands and Luxembourg. City
 * names come in the spellings people actually type (Liege, Bruxelles, Gent).
 */
import type { CandidateLanguage, CefrLevel } from '@embauche/matching';
import { chance, type Random, weighted } from './prng';

type Region = 'wallonia' | 'brussels' | 'flanders' | 'france' | 'netherlands' | 'luxembourg' | 'germany' | 'unknown';

interface Place {
  country: string | null;
  /** Spellings with their weights. */
  spellings: ReadonlyArray<readonly [string, number]>;
  region: Region;
}

const PLACES: ReadonlyArray<readonly [Place, number]> = [
  [{ country: 'BE', region: 'brussels', spellings: [['Brussels', 5], ['Bruxelles', 4], ['Brussel', 2]] }, 22],
  [{ country: 'BE', region: 'wallonia', spellings: [['Liège', 6], ['Liege', 3], ['liège', 1]] }, 12],
  [{ country: 'BE', region: 'wallonia', spellings: [['Namur', 1]] }, 5],
  [{ country: 'BE', region: 'wallonia', spellings: [['Charleroi', 1]] }, 4],
  [{ country: 'BE', region: 'wallonia', spellings: [['Mons', 1]] }, 2],
  [{ country: 'BE', region: 'flanders', spellings: [['Ghent', 3], ['Gent', 5]] }, 10],
  [{ country: 'BE', region: 'flanders', spellings: [['Antwerp', 3], ['Antwerpen', 5], ['Anvers', 1]] }, 10],
  [{ country: 'BE', region: 'flanders', spellings: [['Leuven', 4], ['Louvain', 1]] }, 5],
  [{ country: 'BE', region: 'flanders', spellings: [['Bruges', 2], ['Brugge', 3]] }, 2],
  [{ country: 'FR', region: 'france', spellings: [['Paris', 1]] }, 7],
  [{ country: 'FR', region: 'france', spellings: [['Lyon', 1]] }, 3],
  [{ country: 'FR', region: 'france', spellings: [['Lille', 1]] }, 3],
  [{ country: 'FR', region: 'france', spellings: [['Nantes', 1]] }, 1],
  [{ country: 'NL', region: 'netherlands', spellings: [['Amsterdam', 1]] }, 3],
  [{ country: 'NL', region: 'netherlands', spellings: [['Rotterdam', 1]] }, 2],
  [{ country: 'LU', region: 'luxembourg', spellings: [['Luxembourg', 1]] }, 4],
  [{ country: 'DE', region: 'germany', spellings: [['Berlin', 1]] }, 2],
  [{ country: null, region: 'unknown', spellings: [] }, 3],
];

type LevelOdds = ReadonlyArray<readonly [CefrLevel, number]>;
const FLUENT: LevelOdds = [['B2', 3], ['C1', 4], ['C2', 2]];
const WORKING: LevelOdds = [['B1', 3], ['B2', 4], ['C1', 2], ['C2', 1]];
const SCHOOL: LevelOdds = [['A1', 2], ['A2', 3], ['B1', 3], ['B2', 2]];

/** Native language, then [language, probability, level odds] for the others. */
const SPOKEN: Record<Region, { native: ReadonlyArray<readonly [string, number]>; others: ReadonlyArray<readonly [string, number, LevelOdds]> }> = {
  wallonia: { native: [['fr', 1]], others: [['en', 0.8, WORKING], ['nl', 0.35, SCHOOL]] },
  brussels: { native: [['fr', 7], ['nl', 2], ['en', 1]], others: [['en', 0.85, FLUENT], ['nl', 0.45, WORKING], ['fr', 0.6, WORKING]] },
  flanders: { native: [['nl', 1]], others: [['en', 0.92, FLUENT], ['fr', 0.6, WORKING]] },
  france: { native: [['fr', 1]], others: [['en', 0.75, WORKING], ['nl', 0.03, SCHOOL]] },
  netherlands: { native: [['nl', 1]], others: [['en', 0.95, FLUENT], ['fr', 0.15, SCHOOL]] },
  luxembourg: { native: [['fr', 1], ['de', 1]], others: [['en', 0.85, FLUENT], ['de', 0.6, FLUENT], ['fr', 0.7, FLUENT]] },
  germany: { native: [['de', 1]], others: [['en', 0.9, FLUENT], ['fr', 0.1, SCHOOL]] },
  unknown: { native: [['en', 1]], others: [['fr', 0.5, WORKING], ['nl', 0.2, WORKING]] },
};

export interface Residence {
  country: string | null;
  city: string | null;
  languages: CandidateLanguage[];
}

/** A place, and 1–3 languages that fit it. */
export function residence(random: Random): Residence {
  const place = weighted(random, PLACES);
  const city = place.spellings.length > 0 ? weighted(random, place.spellings) : null;
  const spoken = SPOKEN[place.region];
  const native = weighted(random, spoken.native);
  const languages: CandidateLanguage[] = [{ language: native, level: chance(random, 0.9) ? 'native' : 'C2' }];
  for (const [language, p, odds] of spoken.others) {
    if (languages.length === 3) break;
    if (language !== native && chance(random, p)) languages.push({ language, level: weighted(random, odds) });
  }
  return { country: place.country, city, languages };
}
