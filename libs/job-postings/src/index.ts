export * from './job-posting.entity';
export * from './job-posting.types';
export * from './job-postings.repository';
export * from './job-postings.service';
export * from './job-board.service';
export * from './job-postings.module';
export * from './posting-access';
export * from './posting-change.notifier';
