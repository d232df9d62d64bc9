import { OrganizationEntity } from '@embauche/accounts/organization.entity';
import { UserEntity } from '@embauche/accounts/user.entity';
import { SkillEntity, SkillRelationEntity } from '@embauche/skills/skill.entity';
import { JobTemplateEntity } from '@embauche/templates/job-template.entity';

/** Every entity of the platform; both apps and the migration tooling load this one list. */
export const ENTITIES = [OrganizationEntity, UserEntity, SkillEntity, SkillRelationEntity, JobTemplateEntity];
