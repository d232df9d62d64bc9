import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { scoreCandidate, scoreFast } from '@embauche/matching';
import { runInTransaction } from '@embauche/database/transaction';
import { DataSource } from 'typeorm';
import { CompiledPostingsCache, toCandidate, type ProfileRow } from '@embauche/scoring';
import { ranksBefore, type Ranked } from '@embauche/review';
import { SourcingRepository, type SuggestionRow } from './sourcing.repository';
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
    private readonly repository: SourcingRepository,
    private readonly postings: CompiledPostingsCache,
    private readonly env: Environment,
  ) {}

  async run(runId: string, topN = this.env.SOURCING_TOP_N): Promise<{ scanned: number; kept: number } | null> {
    const run = await this.repository.findRun(runId);
    if (!run || run.status === 'done' || run.status === 'failed') return null;
    await this.repository.markRunning(runId);
    const posting = await this.repository.findPosting(run.jobPostingId);
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
      await this.repository.recordProgress(runId, scanned);
      if (page.length < PAGE) break;
    }
    // Primary-key order for the inserts, so two writers lock suggestion rows in the same order.
    const best = [...top.sorted()].sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
    let kept = 0;
    await runInTransaction(this.dataSource, async (m) => {
      kept = 0;
      await this.repository.deleteSuggestions(m, posting.id);
      for (let i = 0; i < best.length; i += WRITE_CHUNK) {
        const rows = best.slice(i, i + WRITE_CHUNK).map((c): SuggestionRow => {
          const result = scoreCandidate(compiled, toCandidate(c.row));
          return {
            candidate_id: c.candidateId,
            score: result.score,
            must_haves_met: result.mustHavesMet,
            breakdown: { ...result.breakdown, missingMustHaves: result.missingMustHaves },
            profile_revision: c.row.revision,
          };
        });
        kept += await this.repository.insertSuggestions(m, posting, runId, rows);
      }
      await this.repository.markDone(m, runId, { scanned, kept });
    });
    this.logger.log(`Sourcing run ${runId}: scanned ${scanned}, kept ${kept}`);
    return { scanned, kept };
  }

  private readPage(jobPostingId: string, after: string): Promise<ProfileRow[]> {
    return this.repository.poolPage(jobPostingId, after, PAGE);
  }

  /** The final failure, with its reason; a run already done or failed keeps its outcome. Throws when Postgres cannot take it. */
  markFailed(runId: string, reason: string): Promise<boolean> {
    return this.repository.markFailed(runId, reason);
  }
}
