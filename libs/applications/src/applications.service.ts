import { Injectable } from '@nestjs/common';
import { isMember, type Actor } from '@embauche/accounts';
import { AccountErrorCode } from '@embauche/accounts/account-errors';
import { JobPostingErrorCode } from '@embauche/job-postings/job-posting-errors';
import { ProfilesRepository } from '@embauche/candidates/profiles.repository';
import { ConflictError, decodeCursor, ForbiddenError, NotFoundError, toPage, UnauthorizedError, type Page } from '@embauche/common';
import { canSee } from '@embauche/job-postings/posting-access';
import { JobPostingsRepository } from '@embauche/job-postings/job-postings.repository';
import { MatchRequestsService } from '@embauche/scoring';
import { runInTransaction } from '@embauche/database/transaction';
import { isUniqueViolation } from '@embauche/database/unique-violation';
import { writeOutbox } from '@embauche/notifications/outbox/outbox.writer';
import { DataSource } from 'typeorm';
import type { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity, type ApplicationStatus } from './application.entity';
import { ApplicationsRepository } from './applications.repository';
import { isTerminal, OPEN, sourcesOf } from './status-flow';
import { ApplicationErrorCode } from './application-errors';

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly postings: JobPostingsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly matches: MatchRequestsService,
  ) {}

  /** 201 with the match pending; the unique constraint makes concurrent duplicates a clean 409. */
  async apply(actor: Actor, jobPostingId: string, coverLetter: string | null): Promise<ApplicationEntity> {
    const posting = await this.postings.findById(jobPostingId);
    if (!posting || posting.status === 'draft') throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
    if (posting.status === 'closed') throw new ConflictError(ApplicationErrorCode.PostingClosed, 'This posting is closed');
    const profile = await this.profiles.findByCandidate(actor.id);
    if (!profile) throw new ConflictError(ApplicationErrorCode.ProfileRequired, 'Create your profile (PUT /candidates/me/profile) before applying');
    let application: ApplicationEntity;
    let requirementsVersion = posting.requirementsVersion;
    try {
      application = await runInTransaction(this.dataSource, async (manager) => {
        // An erasure running at the same time must not leave an application it did not anonymize.
        if (!(await this.profiles.holdActiveAccount(manager, actor.id))) throw new UnauthorizedError(AccountErrorCode.AccountErased, 'This account has been erased');
        const state = await this.postings.shareLockState(manager, jobPostingId);
        if (state?.status !== 'published') throw new ConflictError(ApplicationErrorCode.PostingClosed, 'This posting is closed');
        requirementsVersion = state.requirementsVersion;
        const created = await this.applications.insert(manager, {
          jobPostingId,
          candidateId: actor.id,
          organizationId: posting.organizationId,
          status: 'applied',
          coverLetter,
          appliedWithRevision: profile.revision,
          match: this.matches.newApplicationMatch(profile.revision, requirementsVersion) as ApplicationEntity['match'],
        });
        await this.applications.addEvent(manager, { applicationId: created.id, actorId: actor.id, type: 'applied', fromStatus: null, toStatus: 'applied' });
        await writeOutbox(manager, [
          { type: 'application.created', organizationId: posting.organizationId, candidateId: actor.id, data: { applicationId: created.id, jobPostingId, candidateId: actor.id, status: 'applied' } },
        ]);
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(ApplicationErrorCode.AlreadyApplied, 'You have already applied to this posting');
      }
      throw error;
    }
    await this.matches.newApplicationAfterCommit(application.id, { profileRevision: profile.revision, requirementsVersion });
    application.jobPosting = posting;
    return application;
  }

  /** The candidate's own move, from any non-terminal status. */
  withdraw(actor: Actor, id: string): Promise<ApplicationEntity> {
    return this.move(actor, id, 'withdrawn', null, async () => {
      const own = await this.applications.findOwn(id, actor.id);
      if (!own) throw new NotFoundError(ApplicationErrorCode.ApplicationNotFound, 'Application');
      return { application: own, from: [...OPEN] };
    });
  }

  /** The organization's moves along the pipeline (recruiters, admins, assigned hiring managers). */
  transition(actor: Actor, id: string, to: ApplicationStatus, note: string | null): Promise<ApplicationEntity> {
    if (to === 'withdrawn') throw new ForbiddenError(ApplicationErrorCode.WithdrawByCandidateOnly, 'Only the candidate can withdraw an application');
    return this.move(actor, id, to, note, async () => ({ application: await this.getForMember(actor, id), from: sourcesOf(to) }));
  }

  async get(actor: Actor, id: string): Promise<ApplicationEntity> {
    if (actor.role === 'candidate') {
      const own = await this.applications.findOwn(id, actor.id);
      if (!own) throw new NotFoundError(ApplicationErrorCode.ApplicationNotFound, 'Application');
      return own;
    }
    return this.getForMember(actor, id);
  }

  /** The audit trail, each move with the name of the member who made it (null for the candidate or the system). */
  async events(actor: Actor, id: string): Promise<Array<{ event: ApplicationEventEntity; actorName: string | null }>> {
    const application = await this.getForMember(actor, id);
    const events = await this.applications.listEvents(id);
    const names = await this.applications.memberNames(application.organizationId, events.flatMap((e) => (e.actorId ? [e.actorId] : [])));
    return events.map((event) => ({ event, actorName: (event.actorId && names.get(event.actorId)) || null }));
  }

  async listMine(actor: Actor, limit: number, cursor?: string): Promise<Page<ApplicationEntity>> {
    const after = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
    const rows = await this.applications.listForCandidate(actor.id, limit, after ? { createdAt: after[0], id: after[1] } : undefined);
    return toPage(rows, limit, (a) => a, (a) => [a.createdAt.toISOString(), a.id]);
  }

  /** An application the member may see: its posting is theirs to see, otherwise 404. */
  private async getForMember(actor: Actor, id: string): Promise<ApplicationEntity> {
    const application = await this.applications.findById(id);
    if (!application || !isMember(actor) || !application.jobPosting || !canSee(actor, application.jobPosting)) {
      throw new NotFoundError(ApplicationErrorCode.ApplicationNotFound, 'Application');
    }
    return application;
  }

  private async move(
    actor: Actor,
    id: string,
    to: ApplicationStatus,
    note: string | null,
    load: () => Promise<{ application: ApplicationEntity; from: ApplicationStatus[] }>,
  ): Promise<ApplicationEntity> {
    const { application, from } = await load();
    // Only from the status this request saw: of two simultaneous moves from one
    // status (applied → screening and applied → rejected), exactly one wins,
    // even when the other would also be valid from the winner's result.
    const seen = from.includes(application.status) ? [application.status] : [];
    const previous = await runInTransaction(this.dataSource, async (manager) => {
      const moved = await this.applications.moveStatus(manager, id, seen, to);
      if (!moved) return null;
      // Reaching interview lifts blind review for good (libs/review/src/blind-review.ts); the trail says who revealed what.
      const revealed = to === 'interview' && (await this.applications.revealIdentity(manager, id)) ? ['name', 'email'] : null;
      await this.applications.addEvent(manager, {
        applicationId: id,
        actorId: actor.id,
        type: to === 'withdrawn' ? 'withdrawn' : 'transition',
        fromStatus: moved,
        toStatus: to,
        note,
        revealed,
      });
      const ids = { applicationId: id, jobPostingId: application.jobPostingId, candidateId: application.candidateId };
      await writeOutbox(manager, [
        to === 'withdrawn'
          ? { type: 'application.withdrawn', organizationId: application.organizationId, candidateId: application.candidateId, data: { ...ids, from: moved } }
          : { type: 'application.status_changed', organizationId: application.organizationId, candidateId: application.candidateId, data: { ...ids, from: moved, to, actorRole: actor.role } },
      ]);
      return moved;
    });
    if (!previous) {
      const current = (await this.applications.findById(id))?.status ?? application.status;
      throw isTerminal(current)
        ? new ConflictError(ApplicationErrorCode.StatusFinal, `The application is ${current}, a final status`)
        : current !== application.status
          ? new ConflictError(ApplicationErrorCode.MovedMeanwhile, `The application moved from ${application.status} to ${current} meanwhile; reload it and try again`)
          : new ConflictError(ApplicationErrorCode.TransitionNotAllowed, `Cannot move an application from ${current} to ${to}`);
    }
    return (await this.applications.findById(id)) as ApplicationEntity;
  }
}

