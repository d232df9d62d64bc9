import { useTranslation } from 'react-i18next';
import type { Posting } from '../api/jobs';
import type { Skill } from '../api/skills';
import { useFormat } from '../i18n/format';
import { groupSkills, labelOf, type SkillItem } from './requirements';

const IMPORTANCE_TONE = { must: 'text-rose-800 bg-rose-50', important: 'text-amber-900 bg-amber-50', nice: 'text-slate-800 bg-slate-100' } as const;

function SkillGroups({ title, groups, taxonomy }: { title: string; groups: ReturnType<typeof groupSkills>; taxonomy: Map<string, Skill> | undefined }) {
  const { t } = useTranslation();
  const describe = (item: SkillItem) => {
    const [first = '', ...rest] = item.anyOf.map((id) => labelOf(id, taxonomy));
    return rest.length ? t('job.anyOf', { first: rest.length > 1 ? [first, ...rest.slice(0, -1)].join(', ') : first, rest: rest.at(-1) }) : first;
  };
  if (groups.length === 0) return null;
  return (
    <section className="mt-6">
      <h3 className="text-base font-semibold text-slate-900">{title}</h3>
      {groups.map(({ importance, items }) => (
        <div key={importance} className="mt-3">
          <h4 className={`inline-block rounded-md px-2 py-0.5 text-xs font-semibold tracking-wide uppercase ${IMPORTANCE_TONE[importance]}`}>{t(`job.${importance}`)}</h4>
          <ul className="mt-2 space-y-1.5">
            {items.map((item) => (
              <li key={item.anyOf.join('|')} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-slate-100 pb-1.5 text-sm">
                <span className="font-medium text-slate-900">{describe(item)}</span>
                <span className="text-slate-700">{t('job.level', { level: item.minLevel, word: t(`levels.${item.minLevel}`) })}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Must / important / nice, with soft skills and languages each apart (as the scorer weighs them). */
export function RequirementsSection({ posting, taxonomy }: { posting: Posting; taxonomy: Map<string, Skill> | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { requirements } = posting;
  const technical = groupSkills(requirements, taxonomy, 'technical');
  const soft = groupSkills(requirements, taxonomy, 'soft');
  const years = requirements.minYearsExperience;
  const empty = !technical.length && !soft.length && !requirements.languages.length && !years;
  return (
    <section aria-labelledby="requirements" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="requirements" className="text-xl font-semibold text-slate-900">
        {t('job.requirements')}
      </h2>
      {empty && <p className="mt-3 text-slate-700">{t('job.noRequirements')}</p>}
      {!!years && <p className="mt-3 text-sm text-slate-800">{t('job.minYears', { count: years })}</p>}
      <SkillGroups title={t('job.technical')} groups={technical} taxonomy={taxonomy} />
      <SkillGroups title={t('job.soft')} groups={soft} taxonomy={taxonomy} />
      {requirements.languages.length > 0 && (
        <section className="mt-6">
          <h3 className="text-base font-semibold text-slate-900">{t('job.languages')}</h3>
          <ul className="mt-2 space-y-1.5">
            {requirements.languages.map((item) => (
              <li key={item.language} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-slate-100 pb-1.5 text-sm">
                <span className="font-medium text-slate-900">{t('job.languageLevel', { language: format.language(item.language), level: item.minLevel })}</span>
                <span className={`rounded-md px-2 py-0.5 text-xs font-semibold uppercase ${IMPORTANCE_TONE[item.importance]}`}>{t(`job.${item.importance}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
