import { useTranslation } from 'react-i18next';

/** The words for skill levels 1…5, from the shared catalog the job pages use too. */
export function useLevelWords(): string[] {
  const { t } = useTranslation();
  return [1, 2, 3, 4, 5].map((level) => t(`levels.${level}`));
}
