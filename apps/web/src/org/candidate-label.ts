import { useTranslation } from 'react-i18next';

/**
 * A candidate's name, or, when the API withheld it (blind review), "Candidate #1a2b3c4d": the
 * start of their id, the same on the ranked list, the board and the application page.
 */
export function useCandidateLabel() {
  const { t } = useTranslation();
  return (candidate: { name?: string | null } | null | undefined, candidateId: string) => candidate?.name ?? t('org.anonymous', { id: candidateId.slice(0, 8) });
}

/**
 * The organization's page of an application. When the list hid the candidate's name (blind
 * review), the page asks for blind review too, so leaving the list never reveals who it is.
 */
export function applicationPath(match: { applicationId: string | null; candidate: { name?: string | null } | null }): string {
  return `/org/applications/${match.applicationId}${match.candidate?.name == null ? '?blind=1' : ''}`;
}
