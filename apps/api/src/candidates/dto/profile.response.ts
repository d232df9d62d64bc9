import { ApiProperty } from '@nestjs/swagger';
import type { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { ProfileLanguageDto, SalaryExpectationDto } from './profile.dto';

export class ProfileSkillResponse {
  @ApiProperty({ description: 'The candidate’s spelling' }) name: string;
  @ApiProperty({ type: String, nullable: true, description: 'Canonical id, null when the taxonomy does not know the skill' }) skillId: string | null;
  @ApiProperty({ type: Number, nullable: true }) level: number | null;
  @ApiProperty({ type: Number, required: false, nullable: true }) years?: number | null;
}

export class ProfileResponse {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ enum: ['onsite', 'hybrid', 'remote', 'any'] }) remotePreference: string;
  @ApiProperty() willingToRelocate: boolean;
  @ApiProperty({ type: Number, nullable: true }) yearsExperience: number | null;
  @ApiProperty({ type: String, nullable: true }) educationLevel: string | null;
  @ApiProperty({ type: SalaryExpectationDto, nullable: true }) salaryExpectation: SalaryExpectationDto | null;
  @ApiProperty({ type: [ProfileSkillResponse] }) skills: ProfileSkillResponse[];
  @ApiProperty({ type: [ProfileLanguageDto] }) languages: ProfileLanguageDto[];
  @ApiProperty() discoverable: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'When consent to be found was given' }) discoverableSince: string | null;
  @ApiProperty({ description: '+1 on every change' }) revision: number;
  @ApiProperty() updatedAt: string;

  static from(p: CandidateProfileEntity): ProfileResponse {
    return {
      candidateId: p.candidateId,
      headline: p.headline,
      summary: p.summary,
      country: p.country,
      city: p.city,
      remotePreference: p.remotePreference,
      willingToRelocate: p.willingToRelocate,
      yearsExperience: p.yearsExperience,
      educationLevel: p.educationLevel,
      salaryExpectation: p.salaryAmount !== null ? { amount: p.salaryAmount, currency: p.salaryCurrency!, period: p.salaryPeriod! } : null,
      skills: p.skills.map((s) => ({ name: s.name, skillId: s.skillId, level: s.level ?? null, ...(s.years != null ? { years: s.years } : {}) })),
      languages: p.languages,
      discoverable: p.discoverable,
      discoverableSince: p.discoverableSince?.toISOString() ?? null,
      revision: p.revision,
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class UnmappedResponse {
  @ApiProperty() field: string;
  @ApiProperty() value: string;
  @ApiProperty() reason: string;
}

export class ImportedProfileResponse extends ProfileResponse {
  @ApiProperty({ type: [UnmappedResponse], description: 'What the resume said that could not be mapped, and why' }) unmapped: UnmappedResponse[];
}

/** A profile as an import would write it: no id, revision or timestamps, since nothing was saved. */
export class ProfileDraftResponse {
  @ApiProperty({ type: String, nullable: true }) headline: string | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, nullable: true }) country: string | null;
  @ApiProperty({ type: String, nullable: true }) city: string | null;
  @ApiProperty({ enum: ['onsite', 'hybrid', 'remote', 'any'] }) remotePreference: string;
  @ApiProperty() willingToRelocate: boolean;
  @ApiProperty({ type: Number, nullable: true }) yearsExperience: number | null;
  @ApiProperty({ type: String, nullable: true }) educationLevel: string | null;
  @ApiProperty({ type: SalaryExpectationDto, nullable: true }) salaryExpectation: SalaryExpectationDto | null;
  @ApiProperty({ type: [ProfileSkillResponse] }) skills: ProfileSkillResponse[];
  @ApiProperty({ type: [ProfileLanguageDto] }) languages: ProfileLanguageDto[];
  @ApiProperty() discoverable: boolean;
}

export class JsonResumePreviewResponse {
  @ApiProperty({ type: ProfileDraftResponse, description: 'The profile the import would write (nothing is saved)' }) profile: ProfileDraftResponse;
  @ApiProperty({ type: [UnmappedResponse], description: 'What the resume said that could not be mapped, and why' }) unmapped: UnmappedResponse[];
}
