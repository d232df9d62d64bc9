import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useHiringManagers, useOrgPostings, type PostingFilter } from '../../api/postings';
import { useDocumentTitle } from '../../app/use-document-title';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/use-session';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { ErrorNotice, Loading } from '../../ui/status';
import { StatusBadge } from './status-badge';

const STATUSES = ['draft', 'published', 'closed'] as const;

/** /org/postings: the organization's postings with their applications and scoring; filters live in the URL. */
export function DashboardScreen() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const role = session.status === 'signed-in' ? session.user.role : undefined;
  const editor = role === 'admin' || role === 'recruiter';
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const filter: PostingFilter = { status, hiringManagerId: editor ? (params.get('hiringManager') ?? undefined) : undefined };
  const postings = useOrgPostings(filter);
  const items = postings.data?.pages.flatMap((page) => page.items);
  const managers = useHiringManagers(editor);
  useDocumentTitle(t('orgPostings.dashboard.title'));

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const dateTime = (iso: string) => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <div className="mx-auto max-w-6xl">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('orgPostings.dashboard.title')}</h1>
        {editor && (
          <Button asChild>
            <Link to="/org/postings/new">{t('orgPostings.dashboard.new')}</Link>
          </Button>
        )}
      </div>
      <form role="search" aria-label={t('orgPostings.dashboard.filters')} className="mt-6 flex flex-wrap gap-4" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="filter-status"
          className="w-48"
          label={t('orgPostings.dashboard.status')}
          emptyLabel={t('orgPostings.dashboard.anyStatus')}
          value={status ?? ''}
          onChange={(e) => setFilter('status', e.target.value)}
          options={STATUSES.map((s) => ({ value: s, label: t(`orgPostings.status.${s}`) }))}
        />
        {editor && (
          <SelectField
            id="filter-manager"
            className="w-64"
            label={t('orgPostings.dashboard.hiringManager')}
            emptyLabel={t('orgPostings.dashboard.anyManager')}
            value={filter.hiringManagerId ?? ''}
            onChange={(e) => setFilter('hiringManager', e.target.value)}
            options={(managers.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
      </form>
      <div className="mt-6">
        {postings.isPending && <Loading>{t('orgPostings.loading')}</Loading>}
        {postings.isError && <ErrorNotice message={t('orgPostings.errors.load')} retryLabel={t('orgPostings.retry')} onRetry={() => void postings.refetch()} />}
        {items && items.length === 0 && <p className="py-8 text-slate-700">{t('orgPostings.dashboard.empty')}</p>}
        {items && items.length > 0 && (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('orgPostings.dashboard.title')}</caption>
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('orgPostings.dashboard.columns.title')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('orgPostings.dashboard.columns.status')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('orgPostings.dashboard.columns.place')}</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">{t('orgPostings.dashboard.columns.applications')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('orgPostings.dashboard.columns.scoring')}</th>
                  <th scope="col" className="px-4 py-3 font-semibold">{t('orgPostings.dashboard.columns.lastActivity')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link to={`/org/postings/${p.id}`} className="text-indigo-800 hover:underline">
                        {p.title}
                      </Link>
                    </th>
                    <td className="px-4 py-3">
                      <StatusBadge status={p.status} />
                    </td>
                    <td className="px-4 py-3 text-slate-800">{format.place(p.city, p.country)}</td>
                    <td className="px-4 py-3 text-right text-slate-900">{p.stats.applications}</td>
                    <td className="px-4 py-3 text-slate-800">{t('orgPostings.dashboard.scoring', { pending: p.stats.pending, failed: p.stats.failed })}</td>
                    <td className="px-4 py-3 text-slate-800">{dateTime(p.stats.lastActivityAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {postings.hasNextPage && (
          <Button variant="secondary" className="mt-4" disabled={postings.isFetchingNextPage} onClick={() => void postings.fetchNextPage()}>
            {t('orgPostings.dashboard.loadMore')}
          </Button>
        )}
      </div>
    </div>
  );
}
