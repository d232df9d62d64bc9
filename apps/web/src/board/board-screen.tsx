import { useTranslation } from 'react-i18next';
import { useBoard } from '../api/jobs';
import { useSkillTaxonomy } from '../api/skills';
import { useDocumentTitle } from '../app/use-document-title';
import { currentLanguage } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Input } from '../ui/field';
import { ErrorNotice, Loading } from '../ui/status';
import { BoardFilters } from './board-filters';
import { PostingCard } from './posting-card';
import { useBoardFilters, useDebouncedFilterText } from './use-board-filters';

export function BoardScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('board.title'));
  const { filters, setFilter, clear } = useBoardFilters();
  const [q, setQ] = useDebouncedFilterText(filters.q, (value) => setFilter('q', value));
  const board = useBoard(filters);
  const taxonomy = useSkillTaxonomy(currentLanguage());
  const postings = board.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div>
      <section className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('board.title')}</h1>
        <p className="mt-2 text-slate-700">{t('board.intro')}</p>
        <div className="mt-6 max-w-2xl">
          <label htmlFor="board-search" className="sr-only">
            {t('board.searchLabel')}
          </label>
          <Input id="board-search" type="search" value={q} onChange={(event) => setQ(event.target.value)} placeholder={t('board.searchPlaceholder')} className="py-3 text-base" />
        </div>
      </section>
      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <aside>
          <BoardFilters filters={filters} setFilter={setFilter} clear={clear} />
        </aside>
        <section aria-labelledby="board-results" aria-busy={board.isFetching}>
          <h2 id="board-results" className="sr-only">
            {t('board.listLabel')}
          </h2>
          {board.isPending ? (
            <Loading>{t('board.loading')}</Loading>
          ) : board.isError && postings.length === 0 ? (
            <ErrorNotice message={t('board.error')} retryLabel={t('board.retry')} onRetry={() => void board.refetch()} />
          ) : (
            <>
              <p role="status" className="mb-4 text-sm text-slate-700">
                {postings.length > 0
                  ? t('board.results', { count: postings.length })
                  : Object.values(filters).some(Boolean)
                    ? t('board.empty')
                    : t('board.emptyBoard')}
              </p>
              <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
                {postings.map((posting) => (
                  <li key={posting.id}>
                    <PostingCard posting={posting} taxonomy={taxonomy.data} />
                  </li>
                ))}
              </ul>
              {board.hasNextPage && (
                <div className="mt-8 flex justify-center">
                  <Button variant="secondary" onClick={() => void board.fetchNextPage()} disabled={board.isFetchingNextPage}>
                    {board.isFetchingNextPage ? t('board.loadingMore') : t('board.loadMore')}
                  </Button>
                </div>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
