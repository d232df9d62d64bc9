import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { scoreCandidate, scoreFast, SCORER_VERSION } from '@embauche/matching';
import { runInTransaction } from '@embauche/database/transaction';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '@embauche/database/query-rows';
import { CompiledPostingsCache, PROFILE_COLUMNS, toCandidate, type ProfileRow } from '@embauche/scoring';
import { ranksBefore, type Ranked } from '@embauche/review';
import { SourcingRunEntity } from './sourcing-run.entity';
import { TopN } from './top-n';

const PAGE = 5000;
const WRITE_CHUNK = 500;

interface Candidate extends Ranked {
  row: ProfileRow;
}

/**
 * A sourcing pass: every discoverable candidate who has not applied, read in
 * keyset pages of candidate_id, scored in memory with the fast path; only the
 * best N get a full explanation and are written, in bulk, replacing the
 * posting's previous suggestions in one transaction.
 */
@Injectable()
export class SourcingService {
  private readonly logger = new Logger(SourcingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: CompiledPostingsCache,
    private readonly env: Environment,
  ) {}

  async run(runId: string, topN = this.env.SOURCING_TOP_N): Promise<{ scanned: number; kept: number } | null> {
    const runs = this.dataSource.getRepository(SourcingRunEntity);
    const run = await runs.findOneBy({ id: runId });
    if (!run || run.status === 'done' || run.status === 'failed') return null;
    await runs.update({ id: runId }, { status: 'running' });
    const posting = await this.dataSource.getRepository(JobPostingEntity).findOneByOrFail({ id: run.jobPostingId });
    const compiled = this.postings.compile(posting);
    const top = new TopN<Candidate>(topN, ranksBefore);
    let scanned = 0;
    // The next page's query runs in Postgres while this page is scored: reading, not scoring,
    // is most of a pass, so the two overlap instead of adding up.
    let next = this.readPage(posting.id, '00000000-0000-0000-0000-000000000000');
    for (;;) {
      const page = await next;
      if (page.length === PAGE) {
        next = this.readPage(posting.id, page[page.length - 1].candidate_id);
        next.catch(() => undefined); // awaited on the next turn; if scoring this page throws first, not an unhandled rejection
      }
      for (const row of page) {
        const { score, mustHavesMet } = scoreFast(compiled, toCandidate(row));
        const candidate = { score, mustHavesMet, candidateId: row.candidate_id, row };
        if (top.accepts(candidate)) top.push(candidate);
      }
      scanned += page.length;
      // Real progress, one write per page (5,000 candidates): a UI can show a bar while the pass runs.
      await runs.update({ id: runId }, { scanned });
      if (page.length < PAGE) break;
    }
    // Primary-key order for the inserts, so two writers lock suggestion rows in the same order.
    const best = [...top.sorted()].sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
    let kept = 0;
    await runInTransaction(this.dataSource, async (m) => {
      kept = 0;
      await m.query('DELETE FROM suggestions WHERE job_posting_id = $1', [posting.id]);
      for (let i = 0; i < best.length; i += WRITE_CHUNK) {
        const rows = best.slice(i, i + WRITE_CHUNK).map((c) => {
          const result = scoreCandidate(compiled, toCandidate(c.row));
          return {
            candidate_id: c.candidateId,
            score: result.score,
            must_haves_met: result.mustHavesMet,
            breakdown: { ...result.breakdown, missingMustHaves: result.missingMustHaves },
            profile_revision: c.row.revision,
          };
        });
        kept += await this.insertSuggestions(m, posting, runId, rows);
      }
      await m.getRepository(SourcingRunEntity).update({ id: runId }, { status: 'done', scanned, kept, finishedAt: new Date() });
    });
    this.logger.log(`Sourcing run ${runId}: scanned ${scanned}, kept ${kept}`);
    return { scanned, kept };
  }

  /**
   * The pass read these profiles minutes ago: the candidate may have been
   * erased or withdrawn consent since. The same statement checks (and share-locks,
   * so the check holds until commit) that the account is not erased and the
   * profile is still discoverable at this revision's consent; an erasure or a
   * withdrawal holding those rows is waited for and then seen.
   */
  private async insertSuggestions(m: EntityManager, posting: JobPostingEntity, runId: string, rows: unknown[]): Promise<number> {
    const inserted: unknown = await m.query(
      `INSERT INTO suggestions (job_posting_id, candidate_id, run_id, score, must_haves_met, breakdown, profile_revision, requirements_version, scorer_version, scored_at)
       SELECT $1, r.candidate_id, $2, r.score, r.must_haves_met, r.breakdown, r.profile_revision, $3, $4, now()
         FROM json_to_recordset($5::json) AS r(candidate_id uuid, score double precision, must_haves_met boolean, breakdown json, profile_revision int)
         JOIN users u ON u.id = r.candidate_id AND u.erased_at IS NULL
         JOIN candidate_profiles p ON p.candidate_id = r.candidate_id AND p.discoverable
        ORDER BY r.candidate_id
          FOR SHARE OF u, p
       RETURNING candidate_id`,
      [posting.id, runId, posting.requirementsVersion, SCORER_VERSION, JSON.stringify(rows)],
    );
    return queryRows(inserted).length;
  }

  /** One keyset page of the discoverable pool, without those who applied to the posting. */
  private readPage(jobPostingId: string, after: string): Promise<ProfileRow[]> {
    return this.dataSource.query(
      `SELECT ${PROFILE_COLUMNS} FROM candidate_profiles p
        WHERE p.discoverable AND p.candidate_id > $2
          AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.job_posting_id = $1 AND a.candidate_id = p.candidate_id)
        ORDER BY p.candidate_id LIMIT ${PAGE}`,
      [jobPostingId, after],
    );
  }

  /** The final failure, with its reason; a run already done or failed keeps its outcome. Throws when Postgres cannot take it. */
  async markFailed(runId: string, reason: string): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE sourcing_runs SET status = 'failed', failure_reason = $2, finished_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
      [runId, reason.slice(0, 2000)],
    );
    return queryRows(result).length > 0;
  }
}
