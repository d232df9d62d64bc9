import { queryRows } from '@embauche/database/query-rows';
import { runInTransaction } from '@embauche/database/transaction';
import { writeOutbox } from '@embauche/notifications/outbox/outbox.writer';
import type { DataSource, EntityManager } from 'typeorm';

export interface ScoreWrite {
  applicationId: string;
  profileRevision: number;
  requirementsVersion: number;
  scorerVersion: number;
  score: number;
  mustHavesMet: boolean;
  breakdown: unknown;
}

/**
 * Stores scores computed from (profile revision, requirements version) —
 * only where the row does not already ask for newer versions, so a late job
 * never overwrites a newer result. Returns the ids actually written.
 *
 * The rows are locked in primary-key order first, the one order every bulk
 * write to applications follows (rescores, requirement changes, profile
 * changes, erasure): two batches, or a batch and a rescore, over the same rows
 * wait for each other instead of deadlocking. An UPDATE … FROM alone locks in
 * whatever order its join produces. Plain TypeORM, no Nest, so it is testable
 * on its own.
 */
export function writeScores(dataSource: DataSource, writes: ScoreWrite[]): Promise<Set<string>> {
  if (writes.length === 0) return Promise.resolve(new Set());
  return runInTransaction(dataSource, async (m) => {
    await m.query('SELECT id FROM applications WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [writes.map((w) => w.applicationId)]);
    return updateScores(m, writes);
  });
}

async function updateScores(m: EntityManager, writes: ScoreWrite[]): Promise<Set<string>> {
  const result: unknown = await m.query(
    `UPDATE applications a
        SET match_status = 'scored', match_score = w.score, match_must_haves_met = w.must_haves_met, match_breakdown = w.breakdown,
            match_profile_revision = w.profile_revision, match_requirements_version = w.requirements_version,
            match_scorer_version = w.scorer_version, match_scored_at = now(), match_pending_since = NULL, match_failure_reason = NULL
       FROM json_to_recordset($1::json) AS w(id uuid, score double precision, must_haves_met boolean, breakdown json,
            profile_revision int, requirements_version int, scorer_version int)
      WHERE a.id = w.id AND a.match_profile_revision <= w.profile_revision AND a.match_requirements_version <= w.requirements_version
        AND NOT a.anonymized
      RETURNING a.id, a.job_posting_id, a.candidate_id, a.organization_id, a.match_score, a.match_must_haves_met`,
    [
      JSON.stringify(
        writes.map((w) => ({
          id: w.applicationId,
          score: w.score,
          must_haves_met: w.mustHavesMet,
          breakdown: w.breakdown,
          profile_revision: w.profileRevision,
          requirements_version: w.requirementsVersion,
          scorer_version: w.scorerVersion,
        })),
      ),
    ],
  );
  const rows = queryRows<{ id: string; job_posting_id: string; candidate_id: string; organization_id: string; match_score: number; match_must_haves_met: boolean }>(result);
  await writeOutbox(
    m,
    rows.map((r) => ({
      type: 'match.scored',
      organizationId: r.organization_id,
      candidateId: r.candidate_id,
      data: { applicationId: r.id, jobPostingId: r.job_posting_id, candidateId: r.candidate_id, score: r.match_score, mustHavesMet: r.match_must_haves_met },
    })),
  );
  return new Set(rows.map((r) => r.id));
}
