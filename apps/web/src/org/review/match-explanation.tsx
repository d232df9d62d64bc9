import { useTranslation } from 'react-i18next';

export interface ExplainedMatch {
  score: number;
  mustHavesMet: boolean;
  /** The stored explanation: per criterion (weight, subScore, points) and per requirement. */
  breakdown: Record<string, unknown>;
}

/**
 * Why a candidate ranks where they do, for the organization: used by the ranked list, the
 * sourcing suggestions and the application page. Placeholder until the review screens land.
 */
export function MatchExplanation({ match }: { match: ExplainedMatch }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('org.explanation')}>
      <p className="text-lg font-semibold">{match.score}</p>
    </section>
  );
}
