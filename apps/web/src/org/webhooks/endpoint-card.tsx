import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useUpdateWebhookEndpoint,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
  type WebhookEventType,
} from '../../api/webhooks';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Input, Label } from '../../ui/field';
import { FieldError } from '../../ui/field-error';
import { Notice } from '../../ui/notice';
import { DeliveryLog } from './delivery-log';
import { apiFailure, EventTypesField, type FieldErrors } from './endpoint-fields';
import { useWebhookFormat } from './webhook-format';

type Outcome = { tone: 'success' | 'error'; text: string };

interface Props {
  endpoint: WebhookEndpoint;
  onOutcome: (outcome: Outcome) => void;
  onSecret: (endpoint: WebhookEndpointWithSecret) => void;
}

/** One endpoint: what it receives and whether it is on; edit, enable/disable, rotate, delete, and its delivery log. */
export function EndpointCard({ endpoint, onOutcome, onSecret }: Props) {
  const { t } = useTranslation();
  const format = useWebhookFormat();
  const update = useUpdateWebhookEndpoint();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookEndpoint();
  const [editing, setEditing] = useState(false);
  const [showLog, setShowLog] = useState(false);
  const [confirm, setConfirm] = useState<'delete' | 'rotate'>();
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const rotateRef = useRef<HTMLButtonElement>(null);
  const titleId = `webhook-${endpoint.id}-title`;
  const label = endpoint.description || endpoint.url;
  const failed = (error: unknown) => {
    const { form } = apiFailure(error);
    onOutcome({ tone: 'error', text: t(`orgWebhooks.${form ?? 'errors.unexpected'}`) });
  };

  const toggle = async () => {
    try {
      await update.mutateAsync({ id: endpoint.id, enabled: !endpoint.enabled });
      onOutcome({ tone: 'success', text: t(endpoint.enabled ? 'orgWebhooks.endpoint.disabledDone' : 'orgWebhooks.endpoint.enabledDone', { url: endpoint.url }) });
    } catch (error) {
      failed(error);
    }
  };

  const doRotate = async () => {
    try {
      const rotated = await rotate.mutateAsync(endpoint.id);
      setConfirm(undefined);
      onSecret(rotated);
    } catch (error) {
      setConfirm(undefined);
      failed(error);
    }
  };

  const doDelete = async () => {
    try {
      await remove.mutateAsync(endpoint.id);
      setConfirm(undefined);
      onOutcome({ tone: 'success', text: t('orgWebhooks.endpoint.deleted', { url: endpoint.url }) });
    } catch (error) {
      setConfirm(undefined);
      failed(error);
    }
  };

  return (
    <li aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={titleId} className="font-mono text-sm font-semibold break-all text-slate-900">
            {endpoint.url}
          </h3>
          {endpoint.description && <p className="mt-1 text-sm text-slate-800">{endpoint.description}</p>}
        </div>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${endpoint.enabled ? 'bg-emerald-100 text-emerald-900' : 'bg-slate-200 text-slate-900'}`}>
          {endpoint.enabled ? t('orgWebhooks.endpoint.enabled') : t('orgWebhooks.endpoint.disabled')}
        </span>
      </div>
      {!endpoint.enabled && endpoint.disabledReason && (
        <Notice tone="info" className="mt-2">
          {t(`orgWebhooks.endpoint.reason.${endpoint.disabledReason}`)}
        </Notice>
      )}
      <dl className="mt-2 grid gap-1 text-sm text-slate-800 sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        <dt className="font-medium text-slate-700">{t('orgWebhooks.fields.eventTypes')}</dt>
        <dd>
          <ul className="flex flex-wrap gap-1">
            {endpoint.eventTypes.map((type) => (
              <li key={type}>
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-900">{type}</code>
              </li>
            ))}
          </ul>
        </dd>
        {endpoint.failingSince && (
          <>
            <dt className="font-medium text-red-800">{t('orgWebhooks.endpoint.failingSince')}</dt>
            <dd className="text-red-800">{t('orgWebhooks.endpoint.failingSinceValue', { at: format.dateTime(endpoint.failingSince) })}</dd>
          </>
        )}
        <dt className="font-medium text-slate-700">{t('orgWebhooks.endpoint.created')}</dt>
        <dd>{format.dateTime(endpoint.createdAt)}</dd>
        {endpoint.previousSecretExpiresAt && (
          <>
            <dt className="font-medium text-slate-700">{t('orgWebhooks.endpoint.previousSecret')}</dt>
            <dd>{t('orgWebhooks.endpoint.previousSecretUntil', { at: format.dateTime(endpoint.previousSecretExpiresAt) })}</dd>
          </>
        )}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button ref={editRef} variant="secondary" aria-expanded={editing} onClick={() => setEditing((v) => !v)} aria-label={t('orgWebhooks.endpoint.editLabel', { url: endpoint.url })}>
          {t('orgWebhooks.endpoint.edit')}
        </Button>
        <Button variant="secondary" disabled={update.isPending} onClick={() => void toggle()} aria-label={t(endpoint.enabled ? 'orgWebhooks.endpoint.disableLabel' : 'orgWebhooks.endpoint.enableLabel', { url: endpoint.url })}>
          {endpoint.enabled ? t('orgWebhooks.endpoint.disable') : t('orgWebhooks.endpoint.enable')}
        </Button>
        <Button ref={rotateRef} variant="secondary" onClick={() => setConfirm('rotate')} aria-label={t('orgWebhooks.endpoint.rotateLabel', { url: endpoint.url })}>
          {t('orgWebhooks.endpoint.rotate')}
        </Button>
        <Button ref={deleteRef} variant="secondary" className="text-rose-800" onClick={() => setConfirm('delete')} aria-label={t('orgWebhooks.endpoint.deleteLabel', { url: endpoint.url })}>
          {t('orgWebhooks.endpoint.delete')}
        </Button>
        <Button variant="ghost" aria-expanded={showLog} onClick={() => setShowLog((v) => !v)} aria-label={t(showLog ? 'orgWebhooks.endpoint.hideLogLabel' : 'orgWebhooks.endpoint.showLogLabel', { url: endpoint.url })}>
          {showLog ? t('orgWebhooks.endpoint.hideLog') : t('orgWebhooks.endpoint.showLog')}
        </Button>
      </div>
      {editing && (
        <EditEndpointForm
          endpoint={endpoint}
          onDone={(saved) => {
            setEditing(false);
            editRef.current?.focus();
            if (saved) onOutcome({ tone: 'success', text: t('orgWebhooks.endpoint.saved', { url: endpoint.url }) });
          }}
        />
      )}
      {showLog && (
        <section aria-label={t('orgWebhooks.deliveries.title', { url: endpoint.url })}>
          <h4 className="mt-4 text-sm font-semibold text-slate-900">{t('orgWebhooks.deliveries.heading')}</h4>
          <DeliveryLog endpointId={endpoint.id} enabled={endpoint.enabled} />
        </section>
      )}
      <ConfirmDialog
        open={confirm === 'rotate'}
        title={t('orgWebhooks.rotate.title', { label })}
        confirmLabel={t('orgWebhooks.rotate.confirm')}
        cancelLabel={t('orgWebhooks.cancel')}
        tone="neutral"
        busy={rotate.isPending}
        onConfirm={() => void doRotate()}
        onCancel={() => setConfirm(undefined)}
        returnFocusTo={rotateRef}
      >
        {t('orgWebhooks.rotate.body')}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={t('orgWebhooks.delete.title', { label })}
        confirmLabel={t('orgWebhooks.delete.confirm')}
        cancelLabel={t('orgWebhooks.cancel')}
        busy={remove.isPending}
        onConfirm={() => void doDelete()}
        onCancel={() => setConfirm(undefined)}
        returnFocusTo={deleteRef}
      >
        {t('orgWebhooks.delete.body')}
      </ConfirmDialog>
    </li>
  );
}

function EditEndpointForm({ endpoint, onDone }: { endpoint: WebhookEndpoint; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateWebhookEndpoint();
  const [description, setDescription] = useState(endpoint.description);
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>(endpoint.eventTypes);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const prefix = `edit-${endpoint.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (eventTypes.length === 0) return setErrors({ eventTypes: 'errors.eventTypes' });
    setErrors({});
    try {
      await update.mutateAsync({ id: endpoint.id, description: description.trim(), eventTypes });
      onDone(true);
    } catch (error) {
      const { fields, form } = apiFailure(error);
      setErrors(fields);
      setFailure(form && t(`orgWebhooks.${form}`));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('orgWebhooks.edit.title', { url: endpoint.url })} className="mt-4 space-y-4 rounded-lg border border-slate-200 p-4">
      {failure && <Notice tone="error">{failure}</Notice>}
      <div>
        <Label htmlFor={`${prefix}-description`}>{t('orgWebhooks.fields.description')}</Label>
        <Input
          id={`${prefix}-description`}
          autoComplete="off"
          maxLength={500}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${prefix}-description-error` : undefined}
        />
        <FieldError id={`${prefix}-description-error`} message={errors.description && t(`orgWebhooks.${errors.description}`)} />
      </div>
      <EventTypesField idPrefix={prefix} value={eventTypes} onChange={setEventTypes} error={errors.eventTypes} />
      <div className="flex gap-2">
        <Button type="submit" disabled={update.isPending}>
          {t('orgWebhooks.edit.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('orgWebhooks.cancel')}
        </Button>
      </div>
    </form>
  );
}
