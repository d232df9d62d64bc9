import { Injectable } from '@nestjs/common';
import type { Actor } from '@embauche/accounts';
import type { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { ProfilesRepository } from '@embauche/candidates/profiles.repository';
import { NotFoundError } from '@embauche/common';
import type { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { salaryOf } from '@embauche/job-postings/job-postings.service';
import { compilePosting, SCORER_VERSION, whatWouldChange, type CandidateForScoring, type ScoreGain } from '@embauche/matching';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import type { ApplicationEventEntity } from './application-event.entity';
import { ApplicationErrorCode } from './application-errors';
import type { ApplicationEntity } from './application.entity';
import { ApplicationsRepository } from './applications.repository';

/**
 * `available`: computed from exactly the versions the stored score was; `notScored`: no score yet (or
 * scoring failed); `outdated`: the profile, the posting or the scorer moved since the score was
 * stored (a new score is on its way, or the posting's facts changed without a re-score), so the
 * gains could not be exact and none are given.
 */
export type WhatWouldChangeStatus = 'available' | 'notScored' | 'outdated';

export interface MyApplication {
  application: ApplicationEntity;
  events: ApplicationEventEntity[];
  whatWouldChange: { status: WhatWouldChangeStatus; gains: ScoreGain[] };
}

/** The candidate's own read of one application: its timeline and what would change its score. */
@Injectable()
export class MyApplicationService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly catalog: SkillCatalog,
  ) {}

  async get(actor: Actor, id: string): Promise<MyApplication> {
    const application = await this.applications.findOwn(id, actor.id);
    if (!application || !application.jobPosting) throw new NotFoundError(ApplicationErrorCode.ApplicationNotFound, 'Application');
    const [events, profile] = await Promise.all([this.applications.listEvents(id), this.profiles.findByCandidate(actor.id)]);
    return { application, events, whatWouldChange: this.gains(application, application.jobPosting, profile) };
  }

  private gains(application: ApplicationEntity, posting: JobPostingEntity, profile: CandidateProfileEntity | null): MyApplication['whatWouldChange'] {
    const { match } = application;
    if (match.status !== 'scored' || match.score === null) return { status: 'notScored', gains: [] };
    const sameVersions =
      profile !== null &&
      profile.revision === match.profileRevision &&
      posting.requirementsVersion === match.requirementsVersion &&
      match.scorerVersion === SCORER_VERSION;
    if (!sameVersions) return { status: 'outdated', gains: [] };
    const compiled = compilePosting(
      {
        requirements: posting.requirements,
        seniority: posting.seniority,
        country: posting.country,
        city: posting.city,
        remotePolicy: posting.remotePolicy,
        salary: salaryOf(posting),
      },
      this.catalog.asScoringTaxonomy(),
    );
    const result = whatWouldChange(compiled, toCandidate(profile));
    // Same versions should give the same score; if not (a posting's place or salary edited, which does not
    // re-score), gains from today's facts would not add up to the score shown: say so rather than guess.
    if (result.score !== match.score) return { status: 'outdated', gains: [] };
    return { status: 'available', gains: result.gains };
  }
}

function toCandidate(p: CandidateProfileEntity): CandidateForScoring {
  return {
    candidateId: p.candidateId,
    country: p.country,
    city: p.city,
    remotePreference: p.remotePreference,
    willingToRelocate: p.willingToRelocate,
    yearsExperience: p.yearsExperience,
    salaryExpectation:
      p.salaryAmount !== null && p.salaryCurrency && p.salaryPeriod ? { amount: p.salaryAmount, currency: p.salaryCurrency, period: p.salaryPeriod } : null,
    skills: p.skills,
    languages: p.languages,
  };
}
