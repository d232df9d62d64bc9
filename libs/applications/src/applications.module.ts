import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@embauche/accounts';
import { CandidatesModule } from '@embauche/candidates/candidates.module';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { JobPostingsRepository } from '@embauche/job-postings/job-postings.repository';
import { QueuesModule } from '@embauche/queues';
import { ApplicationEventEntity } from './application-event.entity';
import { ApplicationEntity } from './application.entity';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';

/** Owns applications, their pipeline and their audit trail. Reads postings and profiles, never writes them. */
@Module({
  imports: [TypeOrmModule.forFeature([ApplicationEntity, ApplicationEventEntity, JobPostingEntity]), CandidatesModule, QueuesModule, AccountsModule],
  providers: [ApplicationsService, ApplicationsRepository, JobPostingsRepository],
  exports: [ApplicationsService, ApplicationsRepository],
})
export class ApplicationsModule {}
