import { markdownToHtml } from '@embauche/templates/markdown-to-html';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useJob } from '../api/jobs';
import { useSkillTaxonomy } from '../api/skills';
import { NotFoundScreen } from '../app/not-found-screen';
import { useDocumentTitle } from '../app/use-document-title';
import { useFormat } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { Badge } from '../ui/badge';
import { ErrorNotice, Loading } from '../ui/status';
import { ApplyPanel } from './apply-panel';
import { RequirementsSection } from './requirements-section';
import { ScoringNotice } from './scoring-notice';

const demoteHeadings = (html: string) => html.replace(/<(\/?)h([1-6])>/g, (_tag, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 2, 6)}>`);

export function JobScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const job = useJob(id);
  const taxonomy = useSkillTaxonomy(currentLanguage());
  // The API's own renderer: it escapes every character first, so the HTML holds only its tags.
  // Its headings move under the page's own h1 and h2 (the description starts with the title as a # heading).
  const descriptionHtml = useMemo(() => (job.data ? demoteHeadings(markdownToHtml(job.data.description)) : ''), [job.data]);
  useDocumentTitle(job.data?.title);

  if (job.isPending) return <Loading>{t('job.loading')}</Loading>;
  if (job.isError) {
    if (job.error instanceof ApiError && (job.error.status === 404 || job.error.status === 400)) return <NotFoundScreen kind="job" />;
    return <ErrorNotice message={t('job.error')} retryLabel={t('board.retry')} onRetry={() => void job.refetch()} />;
  }
  const posting = job.data;
  const facts: Array<[string, string]> = [
    [t('job.place'), format.place(posting.city, posting.country)],
    [t('job.arrangement'), t(`remotePolicy.${posting.remotePolicy}`)],
    [t('job.contract'), t(`employmentType.${posting.employmentType}`)],
    [t('job.seniority'), t(`seniority.${posting.seniority}`)],
    ...(posting.publishedAt ? [[t('job.published'), format.date(posting.publishedAt)] as [string, string]] : []),
  ];

  return (
    <article className="mx-auto max-w-5xl">
      <Link to="/" className="text-sm font-medium text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
        ← {t('job.back')}
      </Link>
      <header className="mt-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{posting.title}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{t(`remotePolicy.${posting.remotePolicy}`)}</Badge>
          <span className="text-slate-700">{format.place(posting.city, posting.country)}</span>
        </div>
        <p className="mt-4 text-xl font-semibold text-emerald-800">
          <span className="sr-only">{t('job.salary')}: </span>
          {format.salary(posting.salary)}
        </p>
      </header>
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          <section aria-labelledby="description" className="rounded-xl border border-slate-200 bg-white p-6">
            <h2 id="description" className="text-xl font-semibold text-slate-900">
              {t('job.description')}
            </h2>
            <div lang={posting.language} className="prose-posting mt-2" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
          </section>
          <RequirementsSection posting={posting} taxonomy={taxonomy.data} />
        </div>
        <aside className="space-y-6">
          <div className="rounded-xl border border-slate-200 bg-white p-6">
            <h2 className="text-base font-semibold text-slate-900">{t('job.facts')}</h2>
            <dl className="mt-3 space-y-2 text-sm">
              {facts.map(([term, value]) => (
                <div key={term} className="flex justify-between gap-4">
                  <dt className="text-slate-700">{term}</dt>
                  <dd className="text-right font-medium text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            <ApplyPanel posting={posting} />
          </div>
          <ScoringNotice />
        </aside>
      </div>
    </article>
  );
}
