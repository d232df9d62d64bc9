import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScoringRequestsModule } from '@embauche/scoring/scoring-requests.module';
import { SkillsModule } from '@embauche/skills/skills.module';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesService } from './profiles.service';

/** Owns candidate profiles and the JSON Resume import. Applications are another module's. */
@Module({
  imports: [TypeOrmModule.forFeature([CandidateProfileEntity]), SkillsModule, ScoringRequestsModule],
  providers: [ProfilesService, ProfilesRepository],
  exports: [ProfilesService, ProfilesRepository],
})
export class CandidatesModule {}
