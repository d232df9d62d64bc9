/** What the job-profile templates refuse. */
export const TemplateErrorCode = {
  TemplateNotFound: 'template_not_found',
} as const;
