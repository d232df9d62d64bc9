import type { ApplicationStatus } from '@embauche/applications/application.entity';

/** The keyset position in MATCHING.md's order: (must-haves met, score, candidate id). */
export interface RankCursor {
  mustHavesMet: boolean;
  score: number;
  candidateId: string;
}

export interface RankedQuery {
  jobPostingId: string;
  minScore?: number;
  mustHavesMet?: boolean;
  /** Application statuses to keep; default: every status but withdrawn. */
  statuses?: ApplicationStatus[];
  after?: RankCursor;
  limit: number;
}

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/**
 * The breakdown is selected as text: pages carry ~7 KB of explanation per
 * item, and parsing it only to serialize it again was most of the endpoint's
 * CPU. The response splices it in as is (see ranked-json.ts). The column is
 * `json`, so that text is the stored text itself, not a rendering of jsonb.
 *
 * The ranked reads, as SQL (no framework here, so a test can EXPLAIN the very
 * statement the API runs). ORDER BY (NOT must_haves_met, -score, candidate_id)
 * is MATCHING.md's order as one ascending key, matching the expression indexes
 * idx_applications_ranking / idx_suggestions_ranking, and "after the cursor"
 * is one row comparison on that key: the index seeks straight to any page.
 */
export function rankedApplicationsSql(q: RankedQuery): SqlStatement {
  const params: unknown[] = [q.jobPostingId];
  const where = [`a.job_posting_id = $1`, `a.match_status = 'scored'`, `NOT a.anonymized`];
  if (q.statuses) where.push(`a.status = ANY($${params.push(q.statuses)}::text[])`);
  else where.push(`a.status <> 'withdrawn'`);
  filters(where, params, q, { must: 'a.match_must_haves_met', score: 'a.match_score', candidate: 'a.candidate_id' });
  return {
    sql: `SELECT a.id AS application_id, a.candidate_id, a.status, a.match_score AS score, a.match_must_haves_met AS must_haves_met,
                 a.match_breakdown::text AS breakdown_json, a.match_scored_at AS scored_at, a.identity_revealed_at, u.name, u.email, p.headline, p.city
            FROM applications a JOIN users u ON u.id = a.candidate_id LEFT JOIN candidate_profiles p ON p.candidate_id = a.candidate_id
           WHERE ${where.join(' AND ')}
           ORDER BY (NOT a.match_must_haves_met), (-a.match_score), a.candidate_id
           LIMIT ${Number(q.limit) + 1}`,
    params,
  };
}

export function rankedSuggestionsSql(q: RankedQuery): SqlStatement {
  const params: unknown[] = [q.jobPostingId];
  const where = [`s.job_posting_id = $1`, `p.discoverable`];
  filters(where, params, q, { must: 's.must_haves_met', score: 's.score', candidate: 's.candidate_id' });
  return {
    sql: `SELECT NULL AS application_id, s.candidate_id, 'suggested' AS status, s.score, s.must_haves_met, s.breakdown::text AS breakdown_json, s.scored_at,
                 NULL AS identity_revealed_at, u.name, u.email, p.headline, p.city
            FROM suggestions s JOIN users u ON u.id = s.candidate_id JOIN candidate_profiles p ON p.candidate_id = s.candidate_id
           WHERE ${where.join(' AND ')}
             AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_posting_id = s.job_posting_id AND a.candidate_id = s.candidate_id)
           ORDER BY (NOT s.must_haves_met), (-s.score), s.candidate_id
           LIMIT ${Number(q.limit) + 1}`,
    params,
  };
}

function filters(where: string[], params: unknown[], q: RankedQuery, c: { must: string; score: string; candidate: string }): void {
  if (q.minScore !== undefined) where.push(`${c.score} >= $${params.push(q.minScore)}`);
  if (q.mustHavesMet !== undefined) where.push(`${c.must} = $${params.push(q.mustHavesMet)}`);
  if (q.after) {
    const a = params.push(!q.after.mustHavesMet);
    const b = params.push(-q.after.score);
    const d = params.push(q.after.candidateId);
    where.push(`((NOT ${c.must}), (-${c.score}), ${c.candidate}) > ($${a}::boolean, $${b}::double precision, $${d}::uuid)`);
  }
}
