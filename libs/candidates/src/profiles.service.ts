import { Injectable } from '@nestjs/common';
import type { Actor } from '@embauche/accounts';
import { AccountErrorCode } from '@embauche/accounts/account-errors';
import { InvalidInputError, NotFoundError, UnauthorizedError } from '@embauche/common';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { runInTransaction } from '@embauche/database/transaction';
import { DataSource } from 'typeorm';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import { mapJsonResume } from './json-resume/json-resume.mapper';
import type { JsonResume, UnmappedField } from './json-resume/json-resume.types';
import { validateJsonResume } from './json-resume/json-resume.validator';
import type { CandidateSkill } from '@embauche/matching/model';
import { changes, resolveSkills, toContent, type DuplicatePolicy } from './profile-content';
import { ProfileChangeNotifier } from './profile-change.notifier';
import type { ProfileInput } from './profile.types';
import { ProfilesRepository } from './profiles.repository';
import { CandidateErrorCode } from './candidate-errors';

export interface ImportResult {
  profile: CandidateProfileEntity;
  unmapped: UnmappedField[];
}

export interface ImportPreview {
  profile: Omit<ProfileInput, 'skills'> & { skills: CandidateSkill[]; discoverable: boolean };
  unmapped: UnmappedField[];
}

@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfilesRepository,
    private readonly skills: SkillCatalog,
    private readonly changes: ProfileChangeNotifier,
  ) {}

  async get(actor: Actor): Promise<CandidateProfileEntity> {
    const profile = await this.profiles.findByCandidate(actor.id);
    if (!profile) throw new NotFoundError(CandidateErrorCode.ProfileNotFound, 'Profile');
    return profile;
  }

  put(actor: Actor, input: ProfileInput): Promise<CandidateProfileEntity> {
    return this.write(actor, input, 'refuse');
  }

  /** Builds the profile from a JSON Resume; what the resume does not say keeps its current value. */
  async importJsonResume(actor: Actor, document: unknown, today = new Date()): Promise<ImportResult> {
    const { input, unmapped } = await this.draftFromResume(actor, document, today);
    return { profile: await this.write(actor, input, 'merge'), unmapped };
  }

  /**
   * What importJsonResume would write, without writing it: the candidate sees what was mapped and
   * what was not before it replaces their profile. Same mapping, same skill resolution.
   */
  async previewJsonResume(actor: Actor, document: unknown, today = new Date()): Promise<ImportPreview> {
    const { input, unmapped, current } = await this.draftFromResume(actor, document, today);
    return { profile: { ...input, discoverable: current?.discoverable ?? false, skills: resolveSkills(input.skills, this.skills, 'merge') }, unmapped };
  }

  private async draftFromResume(actor: Actor, document: unknown, today: Date): Promise<{ input: ProfileInput; unmapped: UnmappedField[]; current: CandidateProfileEntity | null }> {
    const errors = validateJsonResume(document);
    if (errors.length) throw new InvalidInputError(CandidateErrorCode.InvalidJsonResume, 'The document is not a valid JSON Resume', errors);
    const draft = mapJsonResume(document as JsonResume, { today });
    const current = await this.profiles.findByCandidate(actor.id);
    const input: ProfileInput = {
      headline: draft.headline ?? current?.headline ?? null,
      summary: draft.summary ?? current?.summary ?? null,
      country: draft.country ?? current?.country ?? null,
      city: draft.city ?? current?.city ?? null,
      remotePreference: current?.remotePreference ?? 'any',
      willingToRelocate: current?.willingToRelocate ?? false,
      yearsExperience: draft.yearsExperience ?? current?.yearsExperience ?? null,
      educationLevel: draft.educationLevel ?? current?.educationLevel ?? null,
      salaryExpectation: current?.salaryAmount != null ? { amount: current.salaryAmount, currency: current.salaryCurrency!, period: current.salaryPeriod! } : null,
      skills: draft.skills,
      languages: draft.languages,
    };
    return { input, unmapped: draft.unmapped, current };
  }

  /**
   * One transaction: lock the row, write, bump the revision by exactly one
   * (unless nothing changed) and mark the open applications pending for the
   * new revision; the rescore is enqueued after the commit.
   */
  private async write(actor: Actor, input: ProfileInput, duplicates: DuplicatePolicy): Promise<CandidateProfileEntity> {
    const skills = resolveSkills(input.skills, this.skills, duplicates);
    let bumped = false;
    const saved = await runInTransaction(this.dataSource, async (manager) => {
      bumped = false;
      // An erasure running at the same time must not leave a profile behind.
      if (!(await this.profiles.holdActiveAccount(manager, actor.id))) throw new UnauthorizedError(AccountErrorCode.AccountErased, 'This account has been erased');
      const profile = await this.profiles.lockForUpdate(manager, actor.id);
      const content = toContent(input, skills, profile);
      if (!changes(profile, content)) return profile;
      if (content.discoverable && !profile.discoverable) profile.discoverableSince = new Date();
      if (!content.discoverable) profile.discoverableSince = null;
      Object.assign(profile, content);
      profile.revision += 1;
      bumped = true;
      const written = await this.profiles.save(manager, profile);
      await this.changes.revisionBumpedInTransaction(manager, actor.id, written.revision);
      return written;
    });
    if (bumped) await this.changes.revisionBumpedAfterCommit(actor.id, saved.revision);
    return saved;
  }
}
