import { useTranslation } from 'react-i18next';
import { countedCriteria, readBreakdown, type CriterionName, type ItemView } from './breakdown';
import { LocationSentence, SalarySentence, ExperienceSentence } from './reasoning';
import { useReviewFormat } from './use-review-format';

export interface ExplainedMatch {
  score: number;
  mustHavesMet: boolean;
  /** The stored explanation: per criterion (weight, subScore, points) and per requirement. */
  breakdown: Record<string, unknown>;
}

/** One colour per criterion, the same in the stacked bar and in its legend. */
const COLOURS: Record<CriterionName, string> = {
  technicalSkills: 'bg-indigo-600',
  softSkills: 'bg-sky-500',
  languages: 'bg-emerald-600',
  experience: 'bg-amber-500',
  location: 'bg-rose-500',
  salary: 'bg-violet-600',
};

/**
 * Why a candidate ranks where they do, for the organization: used by the ranked list, the
 * sourcing suggestions and the application page. Every number is the API's (the breakdown):
 * the bars are drawn from the points, and the table under them says the same in text.
 */
export function MatchExplanation({ match }: { match: ExplainedMatch }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const view = readBreakdown(match.breakdown);
  const counted = countedCriteria(view.criteria);
  const left = view.criteria.filter((c) => !c.included);

  return (
    <section aria-label={t('org.explanation')} className="space-y-6 text-sm text-slate-800">
      <div>
        <p className="flex flex-wrap items-baseline gap-x-4">
          <span className="text-3xl font-bold text-slate-900" data-testid="explanation-score">
            {t('orgReview.explanation.score', { score: format.number(match.score) })}
          </span>
          <span className={match.mustHavesMet ? 'font-medium text-emerald-800' : 'font-medium text-rose-800'}>
            {match.mustHavesMet ? t('orgReview.explanation.mustMet') : t('orgReview.explanation.mustNotMet')}
          </span>
        </p>
        {/* The picture: each criterion's points side by side, out of 100. The table below is its text. */}
        <div aria-hidden="true" className="mt-3 flex h-5 w-full overflow-hidden rounded-full bg-slate-200" data-testid="score-bar">
          {counted.map((c) => (
            <span key={c.criterion} data-criterion={c.criterion} data-points={c.points} className={COLOURS[c.criterion]} style={{ width: `${c.points}%` }} />
          ))}
        </div>
      </div>

      <div>
        <h3 className="text-base font-semibold text-slate-900">{t('orgReview.explanation.criteriaTitle')}</h3>
        <p className="mt-1 text-slate-700">{t('orgReview.explanation.criteriaIntro')}</p>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="sr-only">{t('orgReview.explanation.criteriaTitle')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
              <th scope="col" className="py-1 pr-2">{t('orgReview.explanation.criterion')}</th>
              <th scope="col" className="py-1 pr-2">{t('orgReview.explanation.bar')}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t('orgReview.explanation.weight')}</th>
              <th scope="col" className="py-1 pr-2 text-right">{t('orgReview.explanation.subScore')}</th>
              <th scope="col" className="py-1 text-right">{t('orgReview.explanation.points')}</th>
            </tr>
          </thead>
          <tbody>
            {counted.map((c) => (
              <tr key={c.criterion} className="border-b border-slate-100" data-testid="criterion-row">
                <th scope="row" className="py-1.5 pr-2 font-medium">
                  <span aria-hidden="true" className={`mr-2 inline-block size-2.5 rounded-full ${COLOURS[c.criterion]}`} />
                  {t(`orgReview.criteria.${c.criterion}`)}
                </th>
                <td className="w-1/3 py-1.5 pr-2">
                  {/* The track is the criterion's weight, the filled part its points. */}
                  <span className="sr-only">{t('orgReview.explanation.barText', { points: format.number(c.points), weight: format.number(c.weight) })}</span>
                  <span aria-hidden="true" className="block h-2.5 rounded-full bg-slate-200" style={{ width: `${c.weight}%`, minWidth: '0.5rem' }}>
                    <span className={`block h-2.5 rounded-full ${COLOURS[c.criterion]}`} style={{ width: c.weight > 0 ? `${(c.points / c.weight) * 100}%` : 0 }} />
                  </span>
                </td>
                <td className="py-1.5 pr-2 text-right">{format.number(c.weight)}</td>
                <td className="py-1.5 pr-2 text-right">{c.subScore === null ? '—' : format.percent(c.subScore)}</td>
                <td className="py-1.5 text-right font-semibold text-slate-900">{format.number(c.points)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4} className="py-1.5 pr-2 text-right font-semibold">
                {t('orgReview.explanation.total')}
              </th>
              <td className="py-1.5 text-right font-bold text-slate-900">{format.number(match.score)}</td>
            </tr>
          </tfoot>
        </table>
        {left.length > 0 && (
          <p className="mt-2 text-slate-700">
            {t('orgReview.explanation.leftOut', { criteria: left.map((c) => t(`orgReview.criteria.${c.criterion}`)).join(', ') })}
          </p>
        )}
      </div>

      <div>
        <h3 className="text-base font-semibold text-slate-900">{t('orgReview.explanation.requirementsTitle')}</h3>
        {view.items.length === 0 ? (
          <p className="mt-1">{t('orgReview.explanation.noRequirements')}</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <RequirementTable items={view.items} />
          </div>
        )}
      </div>

      <div>
        <h3 className="text-base font-semibold text-slate-900">{t('orgReview.explanation.reasoningTitle')}</h3>
        <ul className="mt-2 list-disc space-y-1.5 pl-5">
          {view.location && <LocationSentence location={view.location} />}
          {view.salary && <SalarySentence salary={view.salary} />}
          {view.experience && <ExperienceSentence experience={view.experience} />}
        </ul>
      </div>
    </section>
  );
}

function RequirementTable({ items }: { items: ItemView[] }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const has = (item: ItemView) => {
    if (item.type === 'language') return item.candidateLevel === null ? '—' : `${format.language(item.language)} (${item.candidateLevel})`;
    return item.matchedSkill === null ? '—' : item.matchedSkill.name;
  };
  const how = (item: ItemView) => {
    if (item.type === 'language') return item.candidateLevel === null ? '—' : t('orgReview.how.exact');
    if (item.how === null) return '—';
    if (item.how !== 'related') return t(`orgReview.how.${item.how}`);
    return t('orgReview.how.relatedTo', { skill: format.skill(item.relatedTo ?? item.anyOf[0] ?? ''), strength: format.percent(item.strength) });
  };
  const level = (item: ItemView) =>
    t('orgReview.explanation.levelVs', { level: item.candidateLevel === null ? '—' : String(item.candidateLevel), min: String(item.minLevel) });
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{t('orgReview.explanation.requirementsTitle')}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
          <th scope="col" className="py-1 pr-2">{t('orgReview.explanation.asked')}</th>
          <th scope="col" className="py-1 pr-2">{t('orgReview.explanation.has')}</th>
          <th scope="col" className="py-1 pr-2">{t('orgReview.explanation.how')}</th>
          <th scope="col" className="py-1 pr-2">{t('orgReview.explanation.level')}</th>
          <th scope="col" className="py-1 pr-2 text-right">{t('orgReview.explanation.credit')}</th>
          <th scope="col" className="py-1">{t('orgReview.explanation.met')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={i} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-1.5 pr-2 font-medium">
              {format.asked(item)}
              <span className="block text-xs font-normal text-slate-700">{t(`orgReview.importance.${item.importance}`)}</span>
            </th>
            <td className="py-1.5 pr-2">{has(item)}</td>
            <td className="py-1.5 pr-2">{how(item)}</td>
            <td className="py-1.5 pr-2">{level(item)}</td>
            <td className="py-1.5 pr-2 text-right">{format.percent(item.credit)}</td>
            <td className="py-1.5">
              {item.met === null ? (
                <span className="text-slate-700">{t('orgReview.explanation.notMust')}</span>
              ) : item.met ? (
                <span className="font-medium text-emerald-800">{t('orgReview.explanation.yes')}</span>
              ) : (
                <span className="font-medium text-rose-800">{t('orgReview.explanation.no')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
