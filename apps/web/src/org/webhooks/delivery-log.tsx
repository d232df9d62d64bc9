import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/applications';
import { useReplayWebhookDelivery, useWebhookDeliveries, type WebhookDelivery } from '../../api/webhooks';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { useWebhookFormat } from './webhook-format';

const STATUS_TONE: Record<string, string> = {
  delivered: 'bg-emerald-100 text-emerald-900',
  pending: 'bg-amber-100 text-amber-950',
  failed: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-200 text-slate-900',
};

/** One endpoint's delivery log, newest first, with "load more" (keyset pages) and a replay per delivery. */
export function DeliveryLog({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const { t } = useTranslation();
  const deliveries = useWebhookDeliveries(endpointId);
  const replay = useReplayWebhookDelivery(endpointId);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string }>();
  const items = deliveries.data?.pages.flatMap((p) => p.items) ?? [];

  const replayOne = async (delivery: WebhookDelivery) => {
    setOutcome(undefined);
    try {
      await replay.mutateAsync(delivery.id);
      setOutcome({ tone: 'success', text: t('orgWebhooks.deliveries.replayed', { type: delivery.eventType }) });
    } catch (error) {
      const status = problemOf(error)?.status;
      setOutcome({ tone: 'error', text: t(status === 409 ? 'orgWebhooks.deliveries.replayDisabled' : 'orgWebhooks.errors.unexpected') });
    }
  };

  return (
    <div className="mt-4 space-y-3">
      <div aria-live="polite">{outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}</div>
      {deliveries.isPending && <p role="status">{t('orgWebhooks.deliveries.loading')}</p>}
      {deliveries.isError && (
        <Notice tone="error">
          {t('orgWebhooks.deliveries.loadError')}{' '}
          <Button variant="ghost" onClick={() => void deliveries.refetch()}>
            {t('orgWebhooks.retry')}
          </Button>
        </Notice>
      )}
      {deliveries.data && items.length === 0 && <p className="text-sm text-slate-700">{t('orgWebhooks.deliveries.none')}</p>}
      {items.length > 0 && (
        <ul className="space-y-3" aria-label={t('orgWebhooks.deliveries.listLabel')}>
          {items.map((delivery) => (
            <DeliveryItem key={delivery.id} delivery={delivery} canReplay={enabled} busy={replay.isPending} onReplay={() => void replayOne(delivery)} />
          ))}
        </ul>
      )}
      {deliveries.hasNextPage && (
        <Button variant="secondary" onClick={() => void deliveries.fetchNextPage()} disabled={deliveries.isFetchingNextPage}>
          {deliveries.isFetchingNextPage ? t('orgWebhooks.deliveries.loadingMore') : t('orgWebhooks.deliveries.loadMore')}
        </Button>
      )}
    </div>
  );
}

function DeliveryItem({ delivery, canReplay, busy, onReplay }: { delivery: WebhookDelivery; canReplay: boolean; busy: boolean; onReplay: () => void }) {
  const { t } = useTranslation();
  const format = useWebhookFormat();
  return (
    <li className="rounded-lg border border-slate-200 p-3 text-sm" aria-label={t('orgWebhooks.deliveries.itemLabel', { type: delivery.eventType, at: format.dateTime(delivery.createdAt) })}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <code className="font-semibold text-slate-900">{delivery.eventType}</code>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[delivery.status] ?? ''}`}>{t(`orgWebhooks.deliveries.status.${delivery.status}`)}</span>
        <span className="text-slate-700">{t('orgWebhooks.deliveries.attempts', { count: delivery.attempts })}</span>
        <span className="text-slate-700">{t('orgWebhooks.deliveries.lastStatus', { code: delivery.lastStatusCode ?? '—' })}</span>
        <span className="text-slate-700">{format.dateTime(delivery.createdAt)}</span>
        {canReplay && delivery.status !== 'pending' && (
          <Button variant="secondary" className="ml-auto px-3 py-1" disabled={busy} onClick={onReplay} aria-label={t('orgWebhooks.deliveries.replayLabel', { type: delivery.eventType })}>
            {t('orgWebhooks.deliveries.replay')}
          </Button>
        )}
      </div>
      {delivery.status === 'pending' && delivery.nextAttemptAt && (
        <p className="mt-1 text-slate-700">{t('orgWebhooks.deliveries.nextAttempt', { at: format.dateTime(delivery.nextAttemptAt) })}</p>
      )}
      {delivery.attemptLog.length > 0 && (
        <table className="mt-2 w-full text-xs">
          <caption className="sr-only">{t('orgWebhooks.deliveries.attemptsCaption', { type: delivery.eventType })}</caption>
          <thead>
            <tr className="text-left text-slate-700">
              <th scope="col" className="pr-3 font-semibold">
                {t('orgWebhooks.deliveries.columns.at')}
              </th>
              <th scope="col" className="pr-3 font-semibold">
                {t('orgWebhooks.deliveries.columns.statusCode')}
              </th>
              <th scope="col" className="pr-3 font-semibold">
                {t('orgWebhooks.deliveries.columns.latency')}
              </th>
              <th scope="col" className="font-semibold">
                {t('orgWebhooks.deliveries.columns.response')}
              </th>
            </tr>
          </thead>
          <tbody>
            {delivery.attemptLog.map((attempt, i) => (
              <tr key={`${attempt.at}-${i}`} className="align-top text-slate-800">
                <td className="pr-3">{format.dateTime(attempt.at)}</td>
                <td className="pr-3">{attempt.statusCode ?? t('orgWebhooks.deliveries.noAnswer')}</td>
                <td className="pr-3">{format.ms(attempt.latencyMs)}</td>
                <td className="max-w-md font-mono break-all">{attempt.responseExcerpt || attempt.error || t('orgWebhooks.deliveries.emptyResponse')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
