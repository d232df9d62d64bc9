import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateWebhookEndpoint, type WebhookEndpointWithSecret, type WebhookEventType } from '../../api/webhooks';
import { Button } from '../../ui/button';
import { Input, Label } from '../../ui/field';
import { FieldError } from '../../ui/field-error';
import { Notice } from '../../ui/notice';
import { apiFailure, EventTypesField, type FieldErrors } from './endpoint-fields';

/** Registers an endpoint; the API decides what URL it accepts, and its refusals land on the field. */
export function AddEndpointForm({ onCreated }: { onCreated: (endpoint: WebhookEndpointWithSecret) => void }) {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState<WebhookEventType[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirst = (next: FieldErrors) => {
    if (next.url) formRef.current?.querySelector<HTMLInputElement>('#webhook-url')?.focus();
    else if (next.eventTypes) formRef.current?.querySelector<HTMLInputElement>('[data-field="eventTypes"] input')?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const local: FieldErrors = {};
    if (!url.trim()) local.url = 'errors.urlRequired';
    if (eventTypes.length === 0) local.eventTypes = 'errors.eventTypes';
    setErrors(local);
    if (Object.keys(local).length > 0) return focusFirst(local);
    try {
      const endpoint = await create.mutateAsync({ url: url.trim(), description: description.trim(), eventTypes });
      setUrl('');
      setDescription('');
      setEventTypes([]);
      onCreated(endpoint);
    } catch (error) {
      const { fields, form } = apiFailure(error);
      setErrors(fields);
      setFailure(form && t(`orgWebhooks.${form}`));
      focusFirst(fields);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} aria-labelledby="add-webhook-title" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="add-webhook-title" className="text-lg font-semibold text-slate-900">
        {t('orgWebhooks.add.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('orgWebhooks.add.intro')}</p>
      {failure && (
        <Notice tone="error" className="mt-4">
          {failure}
        </Notice>
      )}
      <div className="mt-4 grid gap-4">
        <div>
          <Label htmlFor="webhook-url">{t('orgWebhooks.fields.url')}</Label>
          <Input
            id="webhook-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://hooks.example.com/embauche"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-invalid={errors.url ? true : undefined}
            aria-describedby={errors.url ? 'webhook-url-hint webhook-url-error' : 'webhook-url-hint'}
          />
          <p id="webhook-url-hint" className="mt-1 text-sm text-slate-700">
            {t('orgWebhooks.add.urlHint')}
          </p>
          <FieldError id="webhook-url-error" message={errors.url && t(`orgWebhooks.${errors.url}`)} />
        </div>
        <div>
          <Label htmlFor="webhook-description">{t('orgWebhooks.fields.description')}</Label>
          <Input
            id="webhook-description"
            autoComplete="off"
            maxLength={500}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? 'webhook-description-error' : undefined}
          />
          <FieldError id="webhook-description-error" message={errors.description && t(`orgWebhooks.${errors.description}`)} />
        </div>
        <EventTypesField idPrefix="add-webhook" value={eventTypes} onChange={setEventTypes} error={errors.eventTypes} />
      </div>
      <Button type="submit" className="mt-4" disabled={create.isPending}>
        {create.isPending ? t('orgWebhooks.add.submitting') : t('orgWebhooks.add.submit')}
      </Button>
    </form>
  );
}
