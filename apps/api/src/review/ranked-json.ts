import type { RankedItem } from '@embauche/review';

/**
 * Serializes a page of matches with each stored breakdown spliced in as the
 * JSON text Postgres returned, instead of parsing ~7 KB per item only to
 * stringify it again. The shape is exactly MatchResponse's.
 */
export function rankedPageJson(items: RankedItem[], extra: Record<string, unknown>): string {
  const parts = items.map(({ row, hidden }) => {
    const head = JSON.stringify({
      applicationId: row.application_id,
      candidateId: row.candidate_id,
      candidate: { name: hidden ? null : row.name, email: hidden ? null : row.email, headline: row.headline, city: row.city },
      status: row.status,
      score: row.score,
      mustHavesMet: row.must_haves_met,
      scoredAt: new Date(row.scored_at).toISOString(),
    });
    return `${head.slice(0, -1)},"breakdown":${row.breakdown_json ?? 'null'}}`;
  });
  const tail = JSON.stringify(extra);
  return `{"items":[${parts.join(',')}]${tail === '{}' ? '' : `,${tail.slice(1, -1)}`}}`;
}
