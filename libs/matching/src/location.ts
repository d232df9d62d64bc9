/**
 * The location table of product/MATCHING.md. City names are compared folded
 * (Liège = liege); folding is costly on the hot path, so each posting
 * memoizes the folded candidate spellings (memo.ts). Country codes compare
 * case-insensitively.
 */
import { foldText } from './normalize';
import type { LocationRule } from './breakdown.types';
import { memoized, sameCode } from './memo';
import type { RemotePolicy } from './model';
import { LOCATION_SUBSCORES, REMOTE_ONLY_ONSITE_FACTOR } from './scoring-constants';
import type { CandidateForScoring, PostingForScoring } from './scoring.types';

export interface LocationContext {
  readonly remotePolicy: RemotePolicy;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly city: string;
  readonly foldedCity: string;
  /** Raw candidate city → folded, see memo.ts. */
  readonly foldedCities: Map<string, string>;
}

export function compileLocation(posting: PostingForScoring): LocationContext {
  return {
    remotePolicy: posting.remotePolicy,
    country: posting.country,
    city: posting.city,
    foldedCity: foldText(posting.city),
    foldedCities: new Map(),
  };
}

function sameCity(ctx: LocationContext, city: string): boolean {
  return city === ctx.city || memoized(ctx.foldedCities, city, foldText) === ctx.foldedCity;
}

/**
 * Which row of the table applies. A candidate without a country cannot be
 * placed (a city alone is ambiguous across countries), so the criterion is
 * left out for them rather than guessed, except for remote postings where
 * place does not matter. Same city means same country and same folded city.
 */
export function locationRule(ctx: LocationContext, candidate: CandidateForScoring): LocationRule {
  if (ctx.remotePolicy === 'remote') return 'remotePosting';
  if (candidate.country === null || candidate.country === '') return 'candidateLocationUnknown';
  if (sameCode(candidate.country, ctx.country)) {
    return candidate.city !== null && sameCity(ctx, candidate.city) ? 'sameCity' : 'sameCountry';
  }
  return candidate.willingToRelocate ? 'otherCountryWillingToRelocate' : 'otherCountryNotWilling';
}

/** The table's value for a row, before the halving; −1 when the criterion is left out. */
export function locationTableSubScore(rule: LocationRule, policy: RemotePolicy): number {
  switch (rule) {
    case 'remotePosting':
      return LOCATION_SUBSCORES.remotePosting;
    case 'sameCity':
      return LOCATION_SUBSCORES.sameCity;
    case 'sameCountry':
      return policy === 'hybrid' ? LOCATION_SUBSCORES.sameCountryHybrid : LOCATION_SUBSCORES.sameCountryOnsite;
    case 'otherCountryWillingToRelocate':
      return LOCATION_SUBSCORES.otherCountryWillingToRelocate;
    case 'otherCountryNotWilling':
      return LOCATION_SUBSCORES.otherCountryNotWilling;
    case 'candidateLocationUnknown':
      return -1;
  }
}

/** Halve every row (same city included) when the candidate wants remote only and the posting is on site. */
export function isHalvedForRemoteOnly(policy: RemotePolicy, candidate: CandidateForScoring): boolean {
  return policy === 'onsite' && candidate.remotePreference === 'remote';
}

/** The sub-score, −1 when left out. */
export function locationSubScore(ctx: LocationContext, candidate: CandidateForScoring): number {
  const table = locationTableSubScore(locationRule(ctx, candidate), ctx.remotePolicy);
  if (table < 0) return -1;
  return isHalvedForRemoteOnly(ctx.remotePolicy, candidate) ? table * REMOTE_ONLY_ONSITE_FACTOR : table;
}
