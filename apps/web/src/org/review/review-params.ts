import type { MatchFilters } from '../../api/review';

/** The statuses a reviewer can filter on (the API's application statuses). */
export const FILTER_STATUSES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;

/**
 * The list's filters as the URL holds them (`?minScore=60&mustHavesMet=true&status=screening&blind=1`),
 * so a filtered, blind list survives a reload and can be shared. Values the API would refuse are
 * dropped here rather than sent.
 */
export function filtersFrom(params: URLSearchParams): MatchFilters {
  const min = params.get('minScore');
  const minScore = min === null || min.trim() === '' ? undefined : Number(min);
  const must = params.get('mustHavesMet');
  const status = params.get('status');
  return {
    minScore: minScore !== undefined && Number.isFinite(minScore) && minScore >= 0 && minScore <= 100 ? minScore : undefined,
    mustHavesMet: must === 'true' ? true : must === 'false' ? false : undefined,
    status: status !== null && (FILTER_STATUSES as readonly string[]).includes(status) ? status : undefined,
    blind: params.get('blind') === '1',
  };
}

/** A copy of `params` with `key` set, or removed when `value` is undefined or empty. */
export function withParam(params: URLSearchParams, key: string, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === '') next.delete(key);
  else next.set(key, value);
  return next;
}
