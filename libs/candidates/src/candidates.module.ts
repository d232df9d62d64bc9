import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SkillsModule } from '@embauche/skills/skills.module';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { ProfileChangeNotifier } from './profile-change.notifier';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesService } from './profiles.service';

/** Owns candidate profiles and the JSON Resume import. Applications are another module's, told through ProfileChangeNotifier. */
@Module({})
export class CandidatesModule {
  static register(notifier: { imports: DynamicModule['imports']; useExisting: Type<ProfileChangeNotifier> }): DynamicModule {
    return {
      module: CandidatesModule,
      imports: [TypeOrmModule.forFeature([CandidateProfileEntity]), SkillsModule, ...(notifier.imports ?? [])],
      providers: [ProfilesService, ProfilesRepository, { provide: ProfileChangeNotifier, useExisting: notifier.useExisting }],
      exports: [ProfilesService, ProfilesRepository],
    };
  }
}
