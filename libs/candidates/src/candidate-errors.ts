/** What candidate profiles and the JSON Resume import refuse. */
export const CandidateErrorCode = {
  ProfileNotFound: 'profile_not_found',
  DuplicateSkill: 'duplicate_skill',
  DuplicateLanguage: 'duplicate_language',
  InvalidJsonResume: 'invalid_json_resume',
} as const;
