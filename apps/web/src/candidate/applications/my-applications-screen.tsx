import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyApplications, type MyApplicationSummary } from '../../api/applications';
import { useDocumentTitle } from '../../app/use-document-title';
import { RequireSession } from '../../session/require-session';
import { Button } from '../../ui/button';
import { ErrorNotice, Loading } from '../../ui/status';
import { StatusBadge } from './status-badge';
import { useApplicationFormat } from './use-application-format';

export function MyApplicationsScreen() {
  return <RequireSession roles={['candidate']}>{() => <MyApplicationsList />}</RequireSession>;
}

function MatchCell({ match }: { match: MyApplicationSummary['match'] }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  if (match.status === 'pending') return <span className="text-slate-700">{t('applications.list.pending')}</span>;
  if (match.status === 'failed' || match.score === null) return <span className="text-slate-700">{t('applications.list.failed')}</span>;
  return (
    <span>
      <span className="font-semibold text-slate-900">{t('applications.list.score', { score: format.number(match.score) })}</span>
      <span className="block text-xs text-slate-700">{match.mustHavesMet ? t('applications.list.mustMet') : t('applications.list.mustNotMet')}</span>
    </span>
  );
}

function MyApplicationsList() {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  useDocumentTitle(t('applications.list.title'));
  const list = useMyApplications();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="my-applications" className="mx-auto max-w-5xl">
      <h1 id="my-applications" className="text-3xl font-bold tracking-tight text-slate-900">
        {t('applications.list.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('applications.list.intro')}</p>
      <div className="mt-6">
        {list.isPending ? (
          <Loading>{t('applications.list.loading')}</Loading>
        ) : list.isError ? (
          <ErrorNotice message={t('applications.list.error')} retryLabel={t('applications.list.retry')} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <div className="rounded-xl border border-slate-200 bg-white p-6">
            <p className="text-slate-800">{t('applications.list.empty')}</p>
            <Button asChild className="mt-4">
              <Link to="/">{t('applications.list.browse')}</Link>
            </Button>
          </div>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('applications.list.caption')}</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('applications.list.job')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('applications.list.status')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('applications.list.applied')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('applications.list.updated')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('applications.list.match')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((application) => (
                  <tr key={application.id} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link to={`/me/applications/${application.id}`} className="text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
                        {application.jobTitle}
                      </Link>
                    </th>
                    <td className="px-4 py-3">
                      <StatusBadge status={application.status} />
                    </td>
                    <td className="px-4 py-3 text-slate-800">{format.date(application.createdAt)}</td>
                    <td className="px-4 py-3 text-slate-800">{format.date(application.updatedAt)}</td>
                    <td className="px-4 py-3">
                      <MatchCell match={application.match} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list.hasNextPage && (
          <div className="mt-6 flex justify-center">
            <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? t('applications.list.loadingMore') : t('applications.list.loadMore')}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
