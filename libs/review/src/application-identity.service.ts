import { Injectable } from '@nestjs/common';
import { OrganizationsRepository, type Actor } from '@embauche/accounts';
import type { ApplicationEntity } from '@embauche/applications/application.entity';
import { ApplicationsRepository, type CandidateOnRecord } from '@embauche/applications/applications.repository';
import { ApplicationsService } from '@embauche/applications/applications.service';
import { hidesIdentity } from './blind-review';

/** What identifies the candidate to reviewers, with the profile they read; null for the candidate's own reads. */
export type CandidateIdentity = (CandidateOnRecord & { name: string | null; email: string | null }) | null;

/** One application as its reader may see it: the candidate's identity for organization members, under blind review. */
@Injectable()
export class ApplicationIdentityService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly repository: ApplicationsRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async get(actor: Actor, id: string, blind: boolean): Promise<{ application: ApplicationEntity; identity: CandidateIdentity }> {
    const application = await this.applications.get(actor, id);
    if (actor.role === 'candidate') return { application, identity: null };
    const organization = Boolean((await this.organizations.findById(application.organizationId))?.blindReview);
    const hide = hidesIdentity({ asked: blind, organization }, application.identityRevealedAt);
    const person = await this.repository.identityOf(application.candidateId);
    return { application, identity: { ...person, name: hide ? null : person.name, email: hide ? null : person.email } };
  }
}
