import { Injectable } from '@nestjs/common';
import { OrganizationsRepository, UsersRepository, type MemberActor } from '@embauche/accounts';
import { canonicalJson, ConflictError, InvalidInputError, NotFoundError, toPage, type Page } from '@embauche/common';
import type { Requirements } from '@embauche/matching/model';
import { foldText } from '@embauche/matching/normalize';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { TemplateCatalog } from '@embauche/templates/template-catalog';
import { postingDefaults } from '@embauche/templates/posting-defaults';
import { renderDescription } from '@embauche/templates/render-description';
import { runInTransaction } from '@embauche/database/transaction';
import { writeOutbox } from '@embauche/notifications/outbox/outbox.writer';
import { DataSource, type EntityManager } from 'typeorm';
import { JobPostingEntity } from './job-posting.entity';
import type { PostingInput, PostingListFilter, PostingPreview, PostingStats } from './job-posting.types';
import { JobPostingsRepository } from './job-postings.repository';
import { decodeTimeIdCursor } from './keyset-cursor';
import { canSee, visibleScope } from './posting-access';
import { PostingChangeNotifier } from './posting-change.notifier';
import { requirementSkillIds, resolveRequirements } from './requirements-resolver';
import { validateSalary } from './salary-rules';
import { JobPostingErrorCode } from './job-posting-errors';

/** PATCH may clear `salary` (null) but none of these. */
const NOT_NULLABLE = ['templateId', 'language', 'country', 'city', 'seniority', 'remotePolicy', 'employmentType', 'title', 'requirements', 'hiringManagerIds'] as const;

/** Drafting, editing, publishing and closing postings; every query is scoped to the caller's organization. */
@Injectable()
export class JobPostingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: JobPostingsRepository,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly skills: SkillCatalog,
    private readonly templates: TemplateCatalog,
    private readonly notifier: PostingChangeNotifier,
  ) {}

  async create(actor: MemberActor, input: PostingInput): Promise<JobPostingEntity> {
    return runInTransaction(this.dataSource, async (manager) => manager.getRepository(JobPostingEntity).save(await this.draft(manager, actor, input)));
  }

  /**
   * What `create` would save, built by the same code (defaults, validation, hiring managers,
   * rendered description), in a transaction that writes nothing.
   */
  preview(actor: MemberActor, input: PostingInput): Promise<PostingPreview> {
    return runInTransaction(this.dataSource, async (manager) => {
      const draft = await this.draft(manager, actor, input);
      return { title: draft.title, description: draft.description, salary: salaryOf(draft), requirements: draft.requirements as Requirements };
    });
  }

  /** A new posting, not saved: the template's defaults under the caller's choices, its description rendered. */
  private async draft(manager: EntityManager, actor: MemberActor, input: PostingInput): Promise<JobPostingEntity> {
    const template = this.templates.get(input.templateId);
    if (!template) throw InvalidInputError.field(JobPostingErrorCode.UnknownTemplate, 'templateId', `unknown template "${input.templateId}"`);
    const defaults = postingDefaults(template, input);
    const requirements = input.requirements ? resolveRequirements(input.requirements, this.skills) : defaults.requirements;
    const salary = input.salary === undefined ? defaults.salary : input.salary;
    if (salary) validateSalary(salary);
    const requested = uniqueIds(input.hiringManagerIds ?? []);
    const hiringManagerIds = await this.checkHiringManagers(manager, actor, requested);
    const posting = manager.getRepository(JobPostingEntity).create({
      organizationId: actor.organizationId,
      templateId: template.id,
      status: 'draft',
      ...this.facts({ ...input, title: input.title ?? defaults.title }),
      ...this.salaryColumns(salary),
      requirements,
      requirementsVersion: 1,
      skillIds: requirementSkillIds(requirements, this.skills),
      hiringManagerIds,
      createdBy: actor.id,
    });
    await this.renderDescription(manager, actor, posting);
    return posting;
  }

  async list(actor: MemberActor, filter: PostingListFilter): Promise<Page<JobPostingEntity>> {
    const after = decodeTimeIdCursor(filter.cursor);
    const rows = await this.postings.listForOrganization({
      ...visibleScope(actor),
      hiringManagerId: filter.hiringManagerId,
      status: filter.status,
      after: after ? { createdAt: after.at, id: after.id } : undefined,
      limit: filter.limit,
    });
    return toPage(rows, filter.limit, (p) => p, (p) => [p.createdAt.toISOString(), p.id]);
  }

  /** The dashboard's page: `list` plus each posting's application counts (one more query for the whole page). */
  async listWithStats(actor: MemberActor, filter: PostingListFilter): Promise<Page<JobPostingEntity & { stats: PostingStats }>> {
    const page = await this.list(actor, filter);
    const stats = await this.postings.applicationStats(page.items.map((p) => p.id));
    const items = page.items.map((p) => {
      const s = stats.get(p.id);
      const lastActivityAt = s?.lastChangeAt && s.lastChangeAt > p.updatedAt ? s.lastChangeAt : p.updatedAt;
      return Object.assign(p, { stats: { applications: s?.applications ?? 0, pending: s?.pending ?? 0, failed: s?.failed ?? 0, lastActivityAt } });
    });
    return { items, nextCursor: page.nextCursor };
  }

  /** A posting the caller may see: their organization's, and for a hiring manager only one assigned to them. */
  async getVisible(actor: MemberActor, id: string): Promise<JobPostingEntity> {
    const posting = await this.postings.findInOrganization(id, actor.organizationId);
    if (!posting || !canSee(actor, posting)) throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
    return posting;
  }

  async update(actor: MemberActor, id: string, changes: Partial<PostingInput>): Promise<JobPostingEntity> {
    // PATCH validation lets null through for optional fields; only salary may be cleared.
    const nulls = NOT_NULLABLE.filter((field) => changes[field] === null);
    if (nulls.length) throw new InvalidInputError(JobPostingErrorCode.FieldNotNullable, 'These fields cannot be null', nulls.map((field) => ({ field, message: 'must not be null' })));
    const requested = changes.hiringManagerIds && uniqueIds(changes.hiringManagerIds);
    let requirementsChanged = false;
    const updated = await runInTransaction(this.dataSource, async (manager) => {
      requirementsChanged = false;
      const posting = await this.postings.lockInOrganization(manager, id, actor.organizationId);
      if (!posting) throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
      if (posting.status === 'closed') throw new ConflictError(JobPostingErrorCode.PostingNotEditable, 'A closed posting cannot be changed');
      const scoredBefore = scoringFacts(posting);
      if (changes.templateId !== undefined && !this.templates.get(changes.templateId)) {
        throw InvalidInputError.field(JobPostingErrorCode.UnknownTemplate, 'templateId', `unknown template "${changes.templateId}"`);
      }
      Object.assign(posting, this.facts({ ...posting, ...dropUndefined(changes) }));
      if (changes.templateId !== undefined) posting.templateId = changes.templateId;
      if (changes.salary !== undefined) {
        if (changes.salary) validateSalary(changes.salary);
        if (!changes.salary && posting.status === 'published') {
          throw new ConflictError(JobPostingErrorCode.SalaryRequired, 'A published posting must keep a salary range (EU pay transparency)');
        }
        Object.assign(posting, this.salaryColumns(changes.salary));
      }
      // Checked inside the posting's transaction, the users share-locked: a
      // demotion committing meanwhile cannot leave a non-manager assigned.
      if (requested) posting.hiringManagerIds = await this.checkHiringManagers(manager, actor, requested);
      if (changes.requirements) {
        const requirements = resolveRequirements(changes.requirements, this.skills);
        if (canonicalJson(requirements) !== canonicalJson(posting.requirements)) {
          requirementsChanged = true;
          posting.requirements = requirements;
          posting.requirementsVersion += 1;
          posting.skillIds = requirementSkillIds(requirements, this.skills);
        }
      }
      // Location, remote policy, seniority and salary are scored too: moving any of them dates every
      // stored score of the posting exactly as a requirements change does (one version for both).
      if (!requirementsChanged && scoringFacts(posting) !== scoredBefore) {
        requirementsChanged = true;
        posting.requirementsVersion += 1;
      }
      const saved = await this.saveWithDescription(manager, actor, posting);
      if (requirementsChanged) await this.notifier.requirementsChangedInTransaction(manager, saved);
      return saved;
    });
    if (requirementsChanged) await this.notifier.requirementsChangedAfterCommit(updated);
    return updated;
  }

  /** draft → published; refused without a salary range (EU Pay Transparency Directive). */
  publish(actor: MemberActor, id: string): Promise<JobPostingEntity> {
    return this.transition(actor, id, (p) => {
      if (p.status !== 'draft') throw new ConflictError(JobPostingErrorCode.PostingNotDraft, `Only a draft can be published; this posting is ${p.status}`);
      if (p.salaryMin === null || p.salaryMax === null) {
        throw new ConflictError(JobPostingErrorCode.SalaryRequired, 'A salary range is required to publish (EU pay transparency): set salary first');
      }
      p.status = 'published';
      p.publishedAt = new Date();
    }, 'posting.published');
  }

  close(actor: MemberActor, id: string): Promise<JobPostingEntity> {
    return this.transition(actor, id, (p) => {
      if (p.status !== 'published') throw new ConflictError(JobPostingErrorCode.PostingNotPublished, `Only a published posting can be closed; this posting is ${p.status}`);
      p.status = 'closed';
      p.closedAt = new Date();
    }, 'posting.closed');
  }

  private transition(actor: MemberActor, id: string, apply: (p: JobPostingEntity) => void, event: 'posting.published' | 'posting.closed'): Promise<JobPostingEntity> {
    return runInTransaction(this.dataSource, async (manager) => {
      const posting = await this.postings.lockInOrganization(manager, id, actor.organizationId);
      if (!posting) throw new NotFoundError(JobPostingErrorCode.PostingNotFound, 'Job posting');
      apply(posting);
      await writeOutbox(manager, [{ type: event, organizationId: actor.organizationId, candidateId: null, data: { jobPostingId: id } }]);
      return this.saveWithDescription(manager, actor, posting);
    });
  }

  private facts(input: Omit<PostingInput, 'templateId'> & { title?: string }) {
    return {
      title: input.title?.trim() as string,
      language: input.language,
      country: input.country,
      city: input.city.trim(),
      cityKey: foldText(input.city),
      seniority: input.seniority,
      remotePolicy: input.remotePolicy,
      employmentType: input.employmentType,
    };
  }

  private salaryColumns(salary: PostingInput['salary'] | null) {
    return {
      salaryMin: salary?.min ?? null,
      salaryMax: salary?.max ?? null,
      salaryCurrency: salary?.currency ?? null,
      salaryPeriod: salary?.period ?? null,
    };
  }

  private async checkHiringManagers(manager: EntityManager, actor: MemberActor, unique: string[]): Promise<string[]> {
    if (unique.length && (await this.users.lockMembersWithRole(manager, actor.organizationId, unique, 'hiring_manager')) !== unique.length) {
      throw InvalidInputError.field(JobPostingErrorCode.NotAHiringManager, 'hiringManagerIds', 'must all be hiring managers of your organization');
    }
    return unique;
  }

  /** The description is always rendered from the posting's facts, so it never disagrees with them. */
  private async saveWithDescription(manager: EntityManager, actor: MemberActor, posting: JobPostingEntity): Promise<JobPostingEntity> {
    await this.renderDescription(manager, actor, posting);
    return manager.getRepository(JobPostingEntity).save(posting);
  }

  private async renderDescription(manager: EntityManager, actor: MemberActor, posting: JobPostingEntity): Promise<void> {
    const template = this.templates.get(posting.templateId);
    if (!template) return;
    const organization = await this.organizations.findById(actor.organizationId, manager);
    posting.description = renderDescription(template, {
      ...posting,
      salary: salaryOf(posting),
      requirements: posting.requirements as Requirements,
      skillLabel: (id) => (this.skills.has(id) ? this.skills.label(id, posting.language) : id),
      skillKind: (id) => this.skills.kindOf(id),
      organizationName: organization?.name ?? '',
    });
  }
}

/** The posting's facts the scorer reads besides its requirements (location, remote policy, seniority's default years, salary). */
function scoringFacts(p: JobPostingEntity): string {
  return JSON.stringify([p.country, p.cityKey, p.remotePolicy, p.seniority, p.salaryMin, p.salaryMax, p.salaryCurrency, p.salaryPeriod]);
}

export function salaryOf(p: JobPostingEntity) {
  return p.salaryMin === null || p.salaryMax === null || !p.salaryCurrency || !p.salaryPeriod
    ? null
    : { min: p.salaryMin, max: p.salaryMax, currency: p.salaryCurrency, period: p.salaryPeriod };
}

function uniqueIds(ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) throw InvalidInputError.field(JobPostingErrorCode.DuplicateHiringManager, 'hiringManagerIds', 'lists the same user twice');
  return unique;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
