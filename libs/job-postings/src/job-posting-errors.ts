/** What the job postings and the public board refuse. */
export const JobPostingErrorCode = {
  /** Does not exist, is another organization's, or is not published on the board (404). */
  PostingNotFound: 'posting_not_found',
  /** A closed posting is read-only (409). */
  PostingNotEditable: 'posting_not_editable',
  /** Publishing, or keeping a published posting, without a salary range: EU pay transparency (409). */
  SalaryRequired: 'salary_required',
  /** Publish from any state but draft (409). */
  PostingNotDraft: 'posting_not_draft',
  /** Close from any state but published (409). */
  PostingNotPublished: 'posting_not_published',
  UnknownTemplate: 'unknown_template',
  InvalidRequirements: 'invalid_requirements',
  InvalidSalary: 'invalid_salary',
  /** `null` for a field that has no "unset" (400). */
  FieldNotNullable: 'field_not_nullable',
  /** `hiringManagerIds` names someone who is not a hiring manager of the organization (400). */
  NotAHiringManager: 'not_a_hiring_manager',
  DuplicateHiringManager: 'duplicate_hiring_manager',
} as const;
