import { DndContext, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ApplicationStatus } from '@embauche/applications/status-flow';
import { usePipelineColumn, usePipelinePosting, useMoves, type MoveOutcome, type PipelineCard } from '../../api/pipeline';
import { ApiError } from '../../api/client';
import { useDocumentTitle } from '../../app/use-document-title';
import { NotFoundScreen } from '../../app/not-found-screen';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Notice } from '../../ui/notice';
import { ErrorNotice, Loading } from '../../ui/status';
import { MoveDialog } from './move-dialog';
import { PipelineCardView } from './pipeline-card';
import { BOARD_COLUMNS, commonMoves, movesFrom } from './pipeline-format';
import { applicationPath, useCandidateLabel } from '../candidate-label';

interface Moving {
  cards: PipelineCard[];
  targets: ApplicationStatus[];
  initial?: ApplicationStatus;
  opener?: HTMLElement | null;
}

/**
 * The pipeline board of one posting: a column per status (withdrawn apart), cards dragged with a
 * pointer onto the columns their status may move to (the others do not accept the drop), a "Move…"
 * button on every card for the keyboard, and a bulk bar for the selected cards. Every move goes
 * through the API's transition, with the optional note in its audit trail.
 */
export function PipelineScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const blind = params.get('blind') === '1';
  const posting = usePipelinePosting(id);
  const label = useCandidateLabel();
  const [selected, setSelected] = useState<Map<string, PipelineCard>>(new Map());
  const [active, setActive] = useState<PipelineCard | null>(null);
  const [moving, setMoving] = useState<Moving | null>(null);
  const [outcome, setOutcome] = useState<(MoveOutcome & { to: ApplicationStatus; names: Map<string, string> }) | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const moves = useMoves();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  useDocumentTitle(posting.data ? t('orgPipeline.title', { title: posting.data.title }) : undefined);

  if (posting.isPending) return <Loading>{t('orgPipeline.loading')}</Loading>;
  if (posting.error instanceof ApiError && posting.error.status === 404) return <NotFoundScreen />;
  if (posting.isError) return <ErrorNotice message={t('orgPipeline.error')} retryLabel={t('orgPipeline.retry')} onRetry={() => void posting.refetch()} />;

  const select = (card: PipelineCard, on: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(card.applicationId, card);
      else next.delete(card.applicationId);
      return next;
    });
  const selectedCards = [...selected.values()];
  const bulkTargets = commonMoves(selectedCards.map((c) => c.status));

  const onDragStart = (event: DragStartEvent) => setActive((event.active.data.current as { card: PipelineCard }).card);
  const onDragEnd = (event: DragEndEvent) => {
    const card = (event.active.data.current as { card: PipelineCard }).card;
    const to = event.over?.id as ApplicationStatus | undefined;
    setActive(null);
    if (to && movesFrom(card.status).includes(to)) setMoving({ cards: [card], targets: movesFrom(card.status), initial: to });
  };

  const confirm = async (to: ApplicationStatus, note: string) => {
    if (!moving) return;
    const names = new Map(moving.cards.map((c) => [c.applicationId, label(c.candidate, c.candidateId)]));
    let result: MoveOutcome;
    try {
      result = await moves.mutateAsync(moving.cards.map((c) => ({ applicationId: c.applicationId, to, note })));
    } catch {
      // The network or the server failed before answering: nothing is known to have moved.
      result = { moved: [], refused: moving.cards.map((c) => ({ applicationId: c.applicationId, status: 0 })) };
    }
    setOutcome({ ...result, to, names });
    setSelected((current) => new Map([...current].filter(([applicationId]) => !result.moved.includes(applicationId))));
    setMoving(null);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  const subject = moving ? (moving.cards.length === 1 ? label(moving.cards[0].candidate, moving.cards[0].candidateId) : t('orgPipeline.bulk.subject', { count: moving.cards.length })) : '';

  return (
    <section aria-labelledby="pipeline-title" className="space-y-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-700">
            <Link to={`/org/postings/${id}`} className="text-indigo-800 underline">
              {posting.data.title}
            </Link>
          </p>
          <h1 id="pipeline-title" className="text-2xl font-bold text-slate-900">
            {t('orgPipeline.heading')}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={blind}
              onChange={(event) =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  if (event.target.checked) next.set('blind', '1');
                  else next.delete('blind');
                  return next;
                })
              }
            />
            {t('orgPipeline.blind')}
          </label>
          <Link to={`/org/postings/${id}/matches${blind ? '?blind=1' : ''}`} className="text-indigo-800 underline">
            {t('orgPipeline.rankedList')}
          </Link>
        </div>
      </header>
      <p className="text-sm text-slate-700">{t('orgPipeline.help')}</p>

      {outcome && (
        <div ref={outcomeRef} tabIndex={-1}>
          <Notice tone={outcome.refused.length ? 'error' : 'success'}>
            {outcome.moved.length > 0 && <p>{t('orgPipeline.outcome.moved', { count: outcome.moved.length, to: t(`applications.status.${outcome.to}`) })}</p>}
            {outcome.refused.map((r) => (
              <p key={r.applicationId}>{t(r.status === 409 ? 'orgPipeline.outcome.conflict' : 'orgPipeline.outcome.refused', { name: outcome.names.get(r.applicationId) })}</p>
            ))}
          </Notice>
        </div>
      )}

      {selectedCards.length > 0 && (
        <div role="region" aria-label={t('orgPipeline.bulk.region')} className="flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm">
          <p className="font-medium text-indigo-950">{t('orgPipeline.bulk.selected', { count: selectedCards.length })}</p>
          {bulkTargets.length === 0 && <p className="text-indigo-950">{t('orgPipeline.bulk.none')}</p>}
          {bulkTargets.map((to) => (
            <Button key={to} variant={to === 'rejected' ? 'secondary' : 'primary'} onClick={(event) => setMoving({ cards: selectedCards, targets: bulkTargets, initial: to, opener: event.currentTarget })}>
              {to === 'rejected' ? t('orgPipeline.bulk.reject') : t('orgPipeline.bulk.moveTo', { to: t(`applications.status.${to}`) })}
            </Button>
          ))}
          <Button variant="ghost" onClick={() => setSelected(new Map())}>
            {t('orgPipeline.bulk.clear')}
          </Button>
        </div>
      )}

      <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setActive(null)}>
        <div className="grid auto-cols-[minmax(11rem,1fr)] grid-flow-col gap-3 overflow-x-auto pb-2">
          {BOARD_COLUMNS.map((status) => (
            <BoardColumn
              key={status}
              postingId={id}
              status={status}
              blind={blind}
              active={active}
              selected={selected}
              onSelect={select}
              onMove={(card, opener) => setMoving({ cards: [card], targets: movesFrom(card.status), opener })}
            />
          ))}
        </div>
      </DndContext>
      <WithdrawnList postingId={id} blind={blind} />

      <MoveDialog
        open={moving !== null}
        subject={subject}
        targets={moving?.targets ?? []}
        initial={moving?.initial}
        busy={moves.isPending}
        onConfirm={(to, note) => void confirm(to, note)}
        onCancel={() => setMoving(null)}
        returnFocusTo={{ current: moving?.opener ?? null }}
      />
    </section>
  );
}

interface ColumnProps {
  postingId: string;
  status: ApplicationStatus;
  blind: boolean;
  active: PipelineCard | null;
  selected: Map<string, PipelineCard>;
  onSelect: (card: PipelineCard, on: boolean) => void;
  onMove: (card: PipelineCard, opener: HTMLButtonElement) => void;
}

function BoardColumn({ postingId, status, blind, active, selected, onSelect, onMove }: ColumnProps) {
  const { t } = useTranslation();
  const column = usePipelineColumn(postingId, status, blind);
  const accepts = active !== null && movesFrom(active.status).includes(status);
  const { setNodeRef, isOver } = useDroppable({ id: status, disabled: !accepts });
  const count = column.data?.pages.at(-1)?.counts[status] ?? 0;
  const cards = column.data?.pages.flatMap((page) => page.items) ?? [];
  const headingId = `column-${status}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-column={status}
      className={cn(
        'flex min-h-48 flex-col rounded-xl border bg-slate-50 p-2 transition-colors',
        accepts ? 'border-indigo-400 bg-indigo-50' : 'border-slate-200',
        active && !accepts && active.status !== status && 'opacity-60',
        isOver && 'border-2 border-indigo-700 bg-indigo-100',
      )}
    >
      <h2 id={headingId} className="flex items-center justify-between px-1 pb-2 text-sm font-semibold text-slate-900">
        <span>{t(`applications.status.${status}`)}</span>
        <span className="rounded-full bg-white px-2 text-xs text-slate-700">{t('orgPipeline.count', { count })}</span>
      </h2>
      {column.isPending && <Loading>{t('orgPipeline.loading')}</Loading>}
      {column.isError && <ErrorNotice message={t('orgPipeline.error')} retryLabel={t('orgPipeline.retry')} onRetry={() => void column.refetch()} />}
      {column.data && cards.length === 0 && <p className="px-1 text-xs text-slate-700">{t('orgPipeline.empty')}</p>}
      <ul className="space-y-2">
        {cards.map((card) => (
          <PipelineCardView key={card.applicationId} card={card} selected={selected.has(card.applicationId)} onSelect={onSelect} onMove={onMove} />
        ))}
      </ul>
      {column.hasNextPage && (
        <Button variant="secondary" className="mt-2" disabled={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
          {t('orgPipeline.loadMore')}
        </Button>
      )}
    </section>
  );
}

function WithdrawnList({ postingId, blind }: { postingId: string; blind: boolean }) {
  const { t } = useTranslation();
  const label = useCandidateLabel();
  const column = usePipelineColumn(postingId, 'withdrawn', blind);
  const cards = column.data?.pages.flatMap((page) => page.items) ?? [];
  const count = column.data?.pages.at(-1)?.counts.withdrawn ?? 0;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium text-slate-900">{t('orgPipeline.withdrawn', { count })}</summary>
      {column.isPending && <Loading>{t('orgPipeline.loading')}</Loading>}
      {column.data && cards.length === 0 && <p className="mt-2 text-sm text-slate-700">{t('orgPipeline.empty')}</p>}
      <ul className="mt-2 space-y-1 text-sm">
        {cards.map((card) => (
          <li key={card.applicationId}>
            <Link to={applicationPath(card)} className="text-indigo-800 underline">
              {label(card.candidate, card.candidateId)}
            </Link>
          </li>
        ))}
      </ul>
      {column.hasNextPage && (
        <Button variant="secondary" className="mt-2" disabled={column.isFetchingNextPage} onClick={() => void column.fetchNextPage()}>
          {t('orgPipeline.loadMore')}
        </Button>
      )}
    </details>
  );
}
