import { Module } from '@nestjs/common';
import { TemplateCatalog } from './template-catalog';
import { TemplatesRepository } from './templates.repository';

/** The job-profile templates, loaded once from Postgres at boot. */
@Module({
  providers: [
    TemplatesRepository,
    { provide: TemplateCatalog, inject: [TemplatesRepository], useFactory: (repo: TemplatesRepository) => repo.loadCatalog() },
  ],
  exports: [TemplateCatalog],
})
export class TemplatesModule {}
