import { Module } from '@nestjs/common';
import { SkillsModule } from '@embauche/skills/skills.module';
import { CompiledPostingsCache } from './compiled-postings.cache';

/** One compiled-postings cache per worker, shared by scoring and sourcing. */
@Module({
  imports: [SkillsModule],
  providers: [CompiledPostingsCache],
  exports: [CompiledPostingsCache],
})
export class CompiledPostingsModule {}
