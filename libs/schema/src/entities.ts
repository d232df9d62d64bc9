import { OrganizationEntity } from '@embauche/accounts/organization.entity';
import { RefreshTokenEntity } from '@embauche/accounts/refresh-token.entity';
import { UserEntity } from '@embauche/accounts/user.entity';
import { ApplicationEventEntity } from '@embauche/applications/application-event.entity';
import { ApplicationEntity } from '@embauche/applications/application.entity';
import { CandidateProfileEntity } from '@embauche/candidates/candidate-profile.entity';
import { JobPostingEntity } from '@embauche/job-postings/job-posting.entity';
import { SourcingRunEntity } from '@embauche/sourcing/sourcing-run.entity';
import { SuggestionEntity } from '@embauche/sourcing/suggestion.entity';
import { SkillEntity, SkillRelationEntity } from '@embauche/skills/skill.entity';
import { JobTemplateEntity } from '@embauche/templates/job-template.entity';
import { EmailDeliveryEntity } from '@embauche/notifications/email/email-delivery.entity';
import { OutboxEventEntity } from '@embauche/notifications/outbox/outbox-event.entity';
import { WebhookAttemptEntity } from '@embauche/notifications/webhooks/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '@embauche/notifications/webhooks/webhook-delivery.entity';
import { WebhookEndpointEntity } from '@embauche/notifications/webhooks/webhook-endpoint.entity';

/** Every entity of the platform; both apps and the migration tooling load this one list. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  RefreshTokenEntity,
  SkillEntity,
  SkillRelationEntity,
  JobTemplateEntity,
  JobPostingEntity,
  CandidateProfileEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  SourcingRunEntity,
  SuggestionEntity,
  OutboxEventEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  EmailDeliveryEntity,
];
