import { Module } from '@nestjs/common';
import { SkillCatalog } from './skill-catalog';
import { SkillsRepository } from './skills.repository';

/** The taxonomy, loaded once from Postgres at boot (the seed command keeps it in step with data/*.json). */
@Module({
  providers: [
    SkillsRepository,
    { provide: SkillCatalog, inject: [SkillsRepository], useFactory: (repo: SkillsRepository) => repo.loadCatalog() },
  ],
  exports: [SkillCatalog],
})
export class SkillsModule {}
