import { Injectable } from '@nestjs/common';
import type { MemberActor } from '@embauche/accounts';
import type { ApplicationStatus } from '@embauche/applications/application.entity';
import { decodeCursor, NotFoundError, toPage, type Page } from '@embauche/common';
import { JobPostingErrorCode } from '@embauche/job-postings/job-posting-errors';
import { canSee } from '@embauche/job-postings/posting-access';
import { JobPostingsRepository, type PostingReviewAccess } from '@embauche/job-postings/job-postings.repository';
import { runInTransaction } from '@embauche/database/transaction';
import { DataSource } from 'typeorm';
import { MatchRequestsService } from '@embauche/scoring';
import { hidesIdentity, reviewsBlind } from './blind-review';
import { PipelineRepository, type PipelineRow } from './pipeline.repository';
import { RankedMatchesRepository, type RankCursor, type RankedRow } from './ranked-matches.repository';

export interface RankedFilter {
  minScore?: number;
  mustHavesMet?: boolean;
  statuses?: ApplicationStatus[];
  blind?: boolean;
  limit: number;
  cursor?: string;
}

export interface PipelineFilter {
  status: ApplicationStatus;
  blind?: boolean;
  limit: number;
  cursor?: string;
}

export type PipelinePage = Page<{ row: PipelineRow; hidden: boolean }> & { counts: Partial<Record<ApplicationStatus, number>> };

export type RankedMatchesPage = Page<RankedItem> & { pending: number; failed: number };

export interface RankedItem {
  row: RankedRow;
  /** Identity hidden (blind review) for this item. */
  hidden: boolean;
}

/** What hiring managers and recruiters read about a posting's candidates, and the scoring requests they make. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: JobPostingsRepository,
    private readonly ranked: RankedMatchesRepository,
    private readonly requests: MatchRequestsService,
    private readonly pipeline: PipelineRepository,
  ) {}

  /** Whether identities are hidden on this read (blind-review.ts). */
  blindFor(posting: PostingReviewAccess, filter: Pick<RankedFilter, 'blind'>): boolean {
    return reviewsBlind({ asked: filter.blind, organization: posting.blindReview });
  }

  /** The ranked page of a posting the caller was authorized on (see visiblePosting). */
  async matchesOf(posting: PostingReviewAccess, filter: RankedFilter): Promise<RankedMatchesPage> {
    const jobPostingId = posting.id;
    const blind = { asked: filter.blind, organization: posting.blindReview };
    const [rows, counts] = await Promise.all([
      this.ranked.applications({ jobPostingId, ...filter, after: cursorOf(filter.cursor), limit: filter.limit }),
      this.ranked.unscored(jobPostingId),
    ]);
    const page = toPage(rows, filter.limit, (row) => ({ row, hidden: hidesIdentity(blind, row.identity_revealed_at) }), keyOf);
    return { ...page, pending: counts.pending, failed: counts.failed };
  }

  async suggestionsOf(posting: PostingReviewAccess, filter: RankedFilter): Promise<Page<RankedItem>> {
    const jobPostingId = posting.id;
    const blind = { asked: filter.blind, organization: posting.blindReview };
    const rows = await this.ranked.suggestions({ jobPostingId, ...filter, after: cursorOf(filter.cursor), limit: filter.limit });
    return toPage(rows, filter.limit, (row) => ({ row, hidden: hidesIdentity(blind, null) }), keyOf);
  }

  /**
   * One column of the pipeline board (every application in `status`, scored or not, longest in stage
   * first) and the size of every column, identities hidden as blind review says.
   */
  async pipelineOf(posting: PostingReviewAccess, filter: PipelineFilter): Promise<PipelinePage> {
    const blind = { asked: filter.blind, organization: posting.blindReview };
    const values = decodeCursor(filter.cursor, ['timestamp', 'uuid'] as const);
    const after = values ? { at: values[0], id: values[1] } : undefined;
    const [rows, counts] = await Promise.all([
      this.pipeline.column({ jobPostingId: posting.id, status: filter.status, after, limit: filter.limit }),
      this.pipeline.counts(posting.id),
    ]);
    const page = toPage(rows, filter.limit, (row) => ({ row, hidden: hidesIdentity(blind, row.identity_revealed_at) }), (row) => [
      row.status_changed_at.toISOString(),
      row.application_id,
    ]);
    return { ...page, counts };
  }

  async matchingStatus(actor: MemberActor, jobPostingId: string) {
    await this.visiblePosting(actor, jobPostingId);
    return this.ranked.counts(jobPostingId);
  }

  /** Every application scored again: pending in Postgres first (failed ones included), then one fan-out job. */
  async rescore(actor: MemberActor, jobPostingId: string): Promise<{ status: 'accepted'; pending: number }> {
    await this.visiblePosting(actor, jobPostingId);
    // Serialized per posting with requirement changes: the version is read
    // under the posting's row lock, so a PATCH committing meanwhile cannot be
    // undone by this request writing the version it read before.
    const { pending, requirementsVersion } = await runInTransaction(this.dataSource, async (m) => {
      const locked = await this.postings.lockInOrganization(m, jobPostingId, actor.organizationId);
      if (!locked || !canSee(actor, locked)) throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
      return { pending: await this.requests.markPostingPending(m, locked.id, locked.requirementsVersion), requirementsVersion: locked.requirementsVersion };
    });
    await this.requests.rescorePostingAfterCommit(jobPostingId, requirementsVersion);
    return { status: 'accepted', pending };
  }

  /**
   * The posting, if the caller may review it (404 otherwise). `find` lets the
   * API serve the lookup from its read cache.
   */
  async visiblePosting(
    actor: MemberActor,
    id: string,
    find: (id: string, organizationId: string) => Promise<PostingReviewAccess | null> = (i, o) => this.postings.findReviewAccess(i, o),
  ): Promise<PostingReviewAccess> {
    const posting = await find(id, actor.organizationId);
    if (!posting || !canSee(actor, posting)) throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
    return posting;
  }
}

function cursorOf(cursor: string | undefined): RankCursor | undefined {
  const values = decodeCursor(cursor, ['boolean', 'number', 'uuid'] as const);
  if (!values) return undefined;
  const [mustHavesMet, score, candidateId] = values;
  return { mustHavesMet, score, candidateId };
}

function keyOf(row: RankedRow): unknown[] {
  return [row.must_haves_met, row.score, row.candidate_id];
}
