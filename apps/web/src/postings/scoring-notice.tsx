import { useTranslation } from 'react-i18next';

const CRITERIA = ['technical', 'soft', 'languages', 'experience', 'location', 'salary'] as const;

/**
 * What candidates are owed before applying to a recruitment tool that scores them (GDPR art. 13
 * and 22, EU AI Act): that scoring is automatic, what it looks at, and that a person decides.
 * The criteria follow the scorer's (MATCHING.md).
 */
export function ScoringNotice() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="scoring-notice" className="rounded-xl border border-indigo-200 bg-indigo-50 p-6">
      <h2 id="scoring-notice" className="text-lg font-semibold text-indigo-950">
        {t('scoring.title')}
      </h2>
      <p className="mt-2 text-sm text-indigo-950">{t('scoring.automatic')}</p>
      <p className="mt-3 text-sm font-medium text-indigo-950">{t('scoring.considers')}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-indigo-950">
        {CRITERIA.map((criterion) => (
          <li key={criterion}>{t(`scoring.criteria.${criterion}`)}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-indigo-950">{t('scoring.notConsidered')}</p>
      <p className="mt-3 text-sm font-medium text-indigo-950">{t('scoring.human')}</p>
      <p className="mt-3 text-sm text-indigo-950">{t('scoring.rights')}</p>
    </section>
  );
}
