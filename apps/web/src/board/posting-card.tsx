import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Posting } from '../api/jobs';
import type { Skill } from '../api/skills';
import { useFormat } from '../i18n/format';
import { topSkills } from '../postings/requirements';
import { Badge } from '../ui/badge';

export function PostingCard({ posting, taxonomy }: { posting: Posting; taxonomy: Map<string, Skill> | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const skills = topSkills(posting.requirements, taxonomy);
  return (
    <article className="relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-indigo-600 hover:shadow-md">
      <h2 className="text-lg leading-snug font-semibold text-slate-900">
        {/* The whole card is clickable through this one link's ::after, so there is one tab stop per job. */}
        <Link to={`/jobs/${posting.id}`} className="after:absolute after:inset-0 focus:outline-none">
          {posting.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-700">{format.place(posting.city, posting.country)}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Badge tone="brand">{t(`remotePolicy.${posting.remotePolicy}`)}</Badge>
        <Badge>{t(`seniority.${posting.seniority}`)}</Badge>
        <Badge>{t(`employmentType.${posting.employmentType}`)}</Badge>
      </div>
      <p className="mt-4 text-base font-semibold text-emerald-800">{format.salary(posting.salary)}</p>
      {skills.length > 0 && (
        <div className="mt-4">
          <h3 className="sr-only">{t('card.topSkills')}</h3>
          <ul aria-label={t('card.topSkills')} className="flex flex-wrap gap-1.5">
            {skills.map((label) => (
              <li key={label} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
                {label}
              </li>
            ))}
          </ul>
        </div>
      )}
      {posting.publishedAt && <p className="mt-auto pt-4 text-xs text-slate-600">{t('card.published', { date: format.date(posting.publishedAt) })}</p>}
    </article>
  );
}
