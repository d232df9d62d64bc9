import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWebhookEndpoints, type WebhookEndpointWithSecret } from '../../api/webhooks';
import { useDocumentTitle } from '../../app/use-document-title';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { AddEndpointForm } from './add-endpoint-form';
import { EndpointCard } from './endpoint-card';
import { SecretNotice } from './secret-notice';

type Outcome = { tone: 'success' | 'error'; text: string };

/** /org/webhooks (admins): the organization's webhook endpoints, their signing secrets (shown once) and delivery logs. */
export function WebhooksScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgWebhooks.title'));
  const endpoints = useWebhookEndpoints();
  const [outcome, setOutcome] = useState<Outcome>();
  const [secret, setSecret] = useState<{ endpoint: WebhookEndpointWithSecret; rotated: boolean }>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The outcome takes focus: the control that was used may be gone (a deleted endpoint).
  const show = (next: Outcome) => {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  const showSecret = (endpoint: WebhookEndpointWithSecret, rotated: boolean) => {
    setOutcome(undefined);
    setSecret({ endpoint, rotated });
  };

  return (
    <section className="mx-auto max-w-5xl space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{t('orgWebhooks.title')}</h1>
        <p className="mt-2 text-slate-700">{t('orgWebhooks.intro')}</p>
      </header>
      {secret && endpoints.data?.some((e) => e.id === secret.endpoint.id) !== false && (
        <SecretNotice url={secret.endpoint.url} secret={secret.endpoint.secret} rotated={secret.rotated} onDismiss={() => setSecret(undefined)} />
      )}
      <div ref={outcomeRef} tabIndex={-1} className="focus:outline-none">
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      </div>
      <section aria-labelledby="webhook-endpoints-title" className="space-y-4">
        <h2 id="webhook-endpoints-title" className="text-lg font-semibold text-slate-900">
          {t('orgWebhooks.list.title')}
        </h2>
        {endpoints.isPending && <p role="status">{t('orgWebhooks.list.loading')}</p>}
        {endpoints.isError && (
          <Notice tone="error">
            {t('orgWebhooks.list.loadError')}{' '}
            <Button variant="ghost" onClick={() => void endpoints.refetch()}>
              {t('orgWebhooks.retry')}
            </Button>
          </Notice>
        )}
        {endpoints.data?.length === 0 && <p className="text-slate-700">{t('orgWebhooks.list.none')}</p>}
        {endpoints.data && endpoints.data.length > 0 && (
          <ul className="space-y-4">
            {endpoints.data.map((endpoint) => (
              <EndpointCard
                key={endpoint.id}
                endpoint={endpoint}
                onOutcome={show}
                onSecret={(rotated) => showSecret(rotated, true)}
              />
            ))}
          </ul>
        )}
      </section>
      <AddEndpointForm onCreated={(endpoint) => showSecret(endpoint, false)} />
    </section>
  );
}
