import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/applications';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../api/webhooks';
import { FieldError } from '../../ui/field-error';

export type EndpointField = 'url' | 'description' | 'eventTypes';
export type FieldErrors = Partial<Record<EndpointField, string>>;
const FIELDS: EndpointField[] = ['url', 'description', 'eventTypes'];

/**
 * The API's 400 on the fields it names (a non-http(s) URL, a private address, no event type …);
 * anything else is a message for the whole form. Strings are catalog keys under orgWebhooks.
 */
export function apiFailure(error: unknown): { fields: FieldErrors; form?: string } {
  const problem = problemOf(error);
  const code = (error as { problem?: { code?: string } } | undefined)?.problem?.code;
  if (problem?.status === 400) {
    const fields: FieldErrors = {};
    for (const e of problem.errors ?? []) {
      if (!FIELDS.includes(e.field as EndpointField)) continue;
      const field = e.field as EndpointField;
      fields[field] = field === 'url' ? (code === 'webhook_url_forbidden' ? 'errors.urlForbidden' : 'errors.urlInvalid') : `errors.${field}`;
    }
    if (Object.keys(fields).length > 0) return { fields };
  }
  if (problem?.status === 403) return { fields: {}, form: 'errors.forbidden' };
  if (problem?.status === 404) return { fields: {}, form: 'errors.notFound' };
  return { fields: {}, form: 'errors.unexpected' };
}

/** The event types as a group of checkboxes (a fieldset with its legend and its error). */
export function EventTypesField({
  value,
  onChange,
  error,
  idPrefix,
}: {
  value: WebhookEventType[];
  onChange: (next: WebhookEventType[]) => void;
  error?: string;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-event-types-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} data-field="eventTypes">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t('orgWebhooks.fields.eventTypes')}</legend>
      <div className="grid gap-1 sm:grid-cols-2">
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              className="h-4 w-4 accent-indigo-700"
              checked={value.includes(type)}
              onChange={(event) => onChange(event.target.checked ? WEBHOOK_EVENT_TYPES.filter((t2) => t2 === type || value.includes(t2)) : value.filter((v) => v !== type))}
            />
            <span>
              {t(`orgWebhooks.eventTypes.${type}`)} <code className="text-xs text-slate-600">{type}</code>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error && t(`orgWebhooks.${error}`)} />
    </fieldset>
  );
}

export function useFieldIds() {
  return useId().replace(/:/g, '');
}
