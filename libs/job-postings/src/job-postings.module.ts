import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@embauche/accounts';
import { SkillsModule } from '@embauche/skills/skills.module';
import { TemplatesModule } from '@embauche/templates/templates.module';
import { JobBoardService } from './job-board.service';
import { JobPostingEntity } from './job-posting.entity';
import { JobPostingsRepository } from './job-postings.repository';
import { JobPostingsService } from './job-postings.service';
import { PostingChangeNotifier } from './posting-change.notifier';

/** Owns postings and the public board. Told about scoring only through PostingChangeNotifier. */
@Module({})
export class JobPostingsModule {
  static register(notifier: { imports: DynamicModule['imports']; useExisting: Type<PostingChangeNotifier> }): DynamicModule {
    return {
      module: JobPostingsModule,
      imports: [TypeOrmModule.forFeature([JobPostingEntity]), AccountsModule, SkillsModule, TemplatesModule, ...(notifier.imports ?? [])],
      providers: [JobPostingsService, JobBoardService, JobPostingsRepository, { provide: PostingChangeNotifier, useExisting: notifier.useExisting }],
      exports: [JobPostingsService, JobBoardService, JobPostingsRepository, SkillsModule, TemplatesModule],
    };
  }
}
