import { Injectable } from '@nestjs/common';
import type { Actor } from '@embauche/accounts';
import { AccountErrorCode } from '@embauche/accounts/account-errors';
import { endAllSessionsOf } from '@embauche/accounts/refresh-tokens.repository';
import { UserEntity } from '@embauche/accounts/user.entity';
import { ApplicationEventEntity } from '@embauche/applications/application-event.entity';
import { ApplicationEntity } from '@embauche/applications/application.entity';
import { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { NotFoundError } from '@embauche/common';
import { runInTransaction } from '@embauche/database/transaction';
import { writeErasure } from '@embauche/notifications/outbox/outbox.writer';
import { DataSource } from 'typeorm';
import { CandidateDataRepository } from './candidate-data.repository';

export interface CandidateExport {
  exportedAt: string;
  account: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'createdAt'>;
  profile: CandidateProfileEntity | null;
  applications: Array<ApplicationEntity & { events: ExportedEvent[] }>;
}

/** An event as the API names it everywhere (GET /applications/{id}/events): `from`/`to`, not the entity's column names. */
export interface ExportedEvent {
  at: string;
  actorId: string | null;
  type: ApplicationEventEntity['type'];
  from: string | null;
  to: string | null;
  note: string | null;
  revealed: string[] | null;
}

/**
 * The candidate's rights over their personal data (GDPR art. 15, 17, 20):
 * everything held on them in one document, and erasure. Owns no table; it
 * reads and rewrites the rows of accounts, candidates and applications.
 */
@Injectable()
export class CandidateDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly data: CandidateDataRepository,
  ) {}

  async export(actor: Actor): Promise<CandidateExport> {
    const user = await this.data.findUser(actor.id);
    if (!user || user.erasedAt) throw new NotFoundError(AccountErrorCode.AccountNotFound, 'Account');
    const [profile, applications] = await Promise.all([this.data.findProfile(actor.id), this.data.applicationsOf(actor.id)]);
    const events = await this.data.eventsOf(applications.map((a) => a.id));
    return {
      exportedAt: new Date().toISOString(),
      account: { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt },
      profile: profile && profile.revision > 0 ? profile : null,
      applications: applications.map((a) => ({ ...a, events: events.filter((e) => e.applicationId === a.id).map(exportedEvent) })),
    };
  }

  /**
   * Erases name, email, password, profile, cover letters, match explanations
   * and event notes, in one transaction. Open applications become withdrawn;
   * every application stays, anonymized, so the organization's pipeline counts
   * stay right. Hired and rejected stay what they were (they are facts of the
   * organization's pipeline, not of the candidate's data). The email is freed
   * for a new signup.
   */
  async erase(actor: Actor): Promise<void> {
    await runInTransaction(this.dataSource, async (m) => {
      const user = await this.data.lockUser(m, actor.id);
      if (!user || user.erasedAt) throw new NotFoundError(AccountErrorCode.AccountNotFound, 'Account');
      // Every row this erasure writes, locked first, so it cannot deadlock with a rescore.
      await this.data.lockRowsOf(m, actor.id);
      const withdrawn = await this.data.withdrawOpen(m, actor.id);
      await this.data.anonymizeApplications(m, actor.id);
      await this.data.addErasedEvents(m, actor.id, withdrawn);
      // The erasure event (and its confirmation email) in the same transaction, before the address goes.
      const applications = await this.data.applicationOrganizationsOf(m, actor.id);
      await writeErasure(m, { candidateId: actor.id, email: user.email, language: user.preferredLanguage, applications });
      await this.data.eraseProfileAndAccount(m, actor.id);
      await endAllSessionsOf(m, actor.id);
    });
  }
}

function exportedEvent(e: ApplicationEventEntity): ExportedEvent {
  return { at: e.at.toISOString(), actorId: e.actorId, type: e.type, from: e.fromStatus, to: e.toStatus, note: e.note, revealed: e.revealed };
}
