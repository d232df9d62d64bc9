import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PipelineCard } from '../../api/pipeline';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { movesFrom, useDuration } from './pipeline-format';
import { applicationPath, useCandidateLabel } from '../candidate-label';

interface Props {
  card: PipelineCard;
  selected: boolean;
  onSelect: (card: PipelineCard, selected: boolean) => void;
  onMove: (card: PipelineCard, opener: HTMLButtonElement) => void;
}

/**
 * One application on the board. The card itself is what a pointer drags (the listeners, not
 * dnd-kit's button role, so the links and buttons inside stay ordinary controls); "Move…" is the
 * keyboard's way to do the same, through the same dialog.
 */
export function PipelineCardView({ card, selected, onSelect, onMove }: Props) {
  const { t } = useTranslation();
  const label = useCandidateLabel();
  const duration = useDuration();
  const name = label(card.candidate, card.candidateId);
  const moves = movesFrom(card.status);
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({ id: card.applicationId, data: { card }, disabled: moves.length === 0 });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      {...listeners}
      data-testid="pipeline-card"
      data-application-id={card.applicationId}
      className={cn(
        'rounded-lg border bg-white p-3 text-sm shadow-sm',
        moves.length > 0 && 'cursor-grab touch-none',
        isDragging ? 'relative z-10 border-indigo-500 shadow-lg' : 'border-slate-200',
        selected && 'ring-2 ring-indigo-600',
      )}
    >
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={selected}
          disabled={moves.length === 0}
          onChange={(event) => onSelect(card, event.target.checked)}
          aria-label={t('orgPipeline.card.select', { name })}
        />
        <div className="min-w-0 flex-1">
          <Link to={applicationPath(card)} className="font-semibold text-indigo-800 underline-offset-2 hover:underline">
            {name}
          </Link>
          {card.candidate.headline && <p className="truncate text-slate-700">{card.candidate.headline}</p>}
          {card.candidate.city && <p className="text-xs text-slate-700">{card.candidate.city}</p>}
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        {card.match.status === 'scored' && card.match.score !== null ? (
          <Badge tone="brand">{t('orgPipeline.card.score', { score: Math.round(card.match.score) })}</Badge>
        ) : (
          <Badge>{t(`orgPipeline.card.match.${card.match.status}`)}</Badge>
        )}
        {card.match.mustHavesMet === true && <Badge tone="success">{t('orgPipeline.card.mustHavesMet')}</Badge>}
      </div>
      <p className="mt-2 text-xs text-slate-700">
        <time dateTime={card.statusChangedAt}>{t('orgPipeline.card.inStage', { duration: duration(card.statusChangedAt) })}</time>
      </p>
      {moves.length > 0 && (
        <Button
          variant="ghost"
          className="mt-1 px-2 py-1 text-xs"
          aria-label={t('orgPipeline.card.moveNamed', { name })}
          // A drag must not start from the button: pressing it opens the dialog.
          onPointerDown={(event) => event.stopPropagation()}
          onClick={(event) => onMove(card, event.currentTarget)}
        >
          {t('orgPipeline.card.move')}
        </Button>
      )}
    </li>
  );
}
