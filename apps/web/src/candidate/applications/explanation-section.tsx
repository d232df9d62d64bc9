import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyApplication } from '../../api/applications';
import { countedCriteria, gainItems, lackingItems } from './explanation';
import { useApplicationFormat } from './use-application-format';

const IMPORTANCE_TONE = { must: 'bg-rose-50 text-rose-900', important: 'bg-amber-50 text-amber-950', nice: 'bg-slate-100 text-slate-800' } as const;

function Importance({ importance }: { importance: 'must' | 'important' | 'nice' | null }) {
  const { t } = useTranslation();
  if (importance === null) return null;
  return <span className={`rounded-md px-2 py-0.5 text-xs font-semibold ${IMPORTANCE_TONE[importance]}`}>{t(`applications.detail.importance.${importance}`)}</span>;
}

/** The candidate's own score in plain words: the score, the must-haves, the points, the gaps and what would change it. */
export function ExplanationSection({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const { match, whatWouldChange } = application;

  let body;
  if (match.status === 'pending') {
    body = <p role="status" className="mt-3 text-slate-800">{t('applications.detail.pending')}</p>;
  } else if (match.status === 'failed' || match.score === null) {
    body = <p className="mt-3 text-slate-800">{t('applications.detail.failed')}</p>;
  } else {
    const lacking = lackingItems(match.lacking, format.labels);
    const gains = gainItems(whatWouldChange.gains, match.mustHavesMet, format.labels);
    body = (
      <>
        <div className="mt-4 flex flex-wrap items-baseline gap-x-6 gap-y-2">
          <p className="text-slate-800">
            <span className="block text-sm">{t('applications.detail.scoreLabel')}</span>
            <span className="text-3xl font-bold text-slate-900">{t('applications.detail.score', { score: format.number(match.score) })}</span>
          </p>
          <p className={match.mustHavesMet ? 'font-medium text-emerald-800' : 'font-medium text-rose-800'}>
            {match.mustHavesMet ? t('applications.detail.mustMet') : t('applications.detail.mustNotMet')}
          </p>
        </div>

        <h3 className="mt-6 text-base font-semibold text-slate-900">{t('applications.detail.pointsBy')}</h3>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {countedCriteria(application.criteria).map((c) => (
            <div key={c.criterion} className="flex justify-between gap-4 border-b border-slate-100 py-1">
              <dt className="text-slate-800">{t(`applications.detail.criteria.${c.criterion}`)}</dt>
              <dd className="font-medium text-slate-900">{t('applications.detail.criterionPoints', { points: format.number(c.points), weight: format.number(c.weight) })}</dd>
            </div>
          ))}
        </dl>

        <h3 className="mt-6 text-base font-semibold text-slate-900">{t('applications.detail.lacking')}</h3>
        {lacking.length === 0 ? (
          <p className="mt-2 text-sm text-slate-800">{t('applications.detail.lackingNone')}</p>
        ) : (
          <ul className="mt-2 space-y-1.5 text-sm">
            {lacking.map((item) => (
              <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-slate-100 pb-1.5">
                <span className="text-slate-900">{t(`applications.detail.${item.phrase.key}`, item.phrase.values)}</span>
                <Importance importance={item.importance} />
              </li>
            ))}
          </ul>
        )}

        <h3 className="mt-6 text-base font-semibold text-slate-900">{t('applications.detail.whatWouldChange')}</h3>
        {whatWouldChange.status === 'outdated' ? (
          <p className="mt-2 text-sm text-slate-800">{t('applications.detail.outdated')}</p>
        ) : gains.length === 0 ? (
          <p className="mt-2 text-sm text-slate-800">{t('applications.detail.noGains')}</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-700">{t('applications.detail.whatWouldChangeIntro')}</p>
            <ol aria-label={t('applications.detail.whatWouldChange')} className="mt-3 space-y-2 text-sm">
              {gains.map((gain) => (
                <li key={gain.id} className="rounded-lg border border-slate-200 p-3">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                    <span className="font-medium text-slate-900">{t(`applications.detail.${gain.phrase.key}`, gain.phrase.values)}</span>
                    <Importance importance={gain.importance} />
                  </div>
                  <p className="mt-1 text-emerald-800">
                    {t('applications.detail.gainPoints', { points: gain.points, score: gain.scoreIfMet })}
                    {gain.completesMustHaves && <span className="text-slate-800"> · {t('applications.detail.completesMustHaves')}</span>}
                  </p>
                </li>
              ))}
            </ol>
            <p className="mt-3 text-sm text-slate-700">{t('applications.detail.honesty')}</p>
            <Link to="/me/profile" className="mt-2 inline-block text-sm font-semibold text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
              {t('applications.detail.editProfile')}
            </Link>
          </>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="explanation" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="explanation" className="text-xl font-semibold text-slate-900">
        {t('applications.detail.explanation')}
      </h2>
      {body}
    </section>
  );
}
