import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@embauche/accounts';
import { CandidatesModule } from '@embauche/candidates/candidates.module';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { JobPostingsRepository } from '@embauche/job-postings/job-postings.repository';
import { QueuesModule } from '@embauche/queues';
import { SkillsModule } from '@embauche/skills/skills.module';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { MyApplicationService } from './my-application.service';

/** Owns applications, their pipeline and their audit trail. Reads postings and profiles, never writes them. */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationEntity, ApplicationEventEntity, JobPostingEntity]), CandidatesModule, QueuesModule, AccountsModule, SkillsModule],
  providers: [ApplicationsService, MyApplicationService, ApplicationsRepository, JobPostingsRepository],
  exports: [ApplicationsService, MyApplicationService, ApplicationsRepository],
})
export class ApplicationsModule {}
