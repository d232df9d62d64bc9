import { AccountErrorCode } from '@embauche/accounts';
import { ApplicationErrorCode } from '@embauche/applications/application-errors';
import { CandidateErrorCode } from '@embauche/candidates/candidate-errors';
import { CommonErrorCode } from '@embauche/common';
import { CvErrorCode } from '@embauche/cv';
import { NotificationErrorCode } from '@embauche/notifications/notification-errors';
import { DatabaseErrorCode } from '@embauche/database/database-errors';
import { JobPostingErrorCode } from '@embauche/job-postings';
import { SourcingErrorCode } from '@embauche/sourcing/sourcing-errors';
import { TemplateErrorCode } from '@embauche/templates';

/** Every lib's codes, in one list: the OpenAPI document's `ProblemCode` enum. */
export const ERROR_CODE_GROUPS = {
  CommonErrorCode,
  AccountErrorCode,
  JobPostingErrorCode,
  ApplicationErrorCode,
  CandidateErrorCode,
  SourcingErrorCode,
  TemplateErrorCode,
  DatabaseErrorCode,
  CvErrorCode,
  NotificationErrorCode,
};

export const PROBLEM_CODES: string[] = Object.values(ERROR_CODE_GROUPS).flatMap((group) => Object.values(group));
