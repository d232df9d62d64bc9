import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@embauche/accounts';
import { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { ProfilesRepository } from '@embauche/candidates/profiles.repository';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { JobPostingsRepository } from '@embauche/job-postings/job-postings.repository';
import { QueuesModule } from '@embauche/queues';
import { ScoringRequestsModule } from '@embauche/scoring';
import { SkillsModule } from '@embauche/skills/skills.module';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { MyApplicationService } from './my-application.service';
import { OpenApplicationsRescore } from './open-applications.rescore';

/** Owns applications, their pipeline and their audit trail. Reads postings and profiles, never writes them. */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationEntity, ApplicationEventEntity, JobPostingEntity, CandidateProfileEntity]), QueuesModule, AccountsModule, ScoringRequestsModule, SkillsModule],
  providers: [ApplicationsService, MyApplicationService, ApplicationsRepository, JobPostingsRepository, ProfilesRepository, OpenApplicationsRescore],
  exports: [ApplicationsService, MyApplicationService, ApplicationsRepository, OpenApplicationsRescore],
})
export class ApplicationsModule {}
