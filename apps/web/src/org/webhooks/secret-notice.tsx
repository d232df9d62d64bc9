import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';

/** A signing secret, shown this once (after creation or rotation), with a copy button. */
export function SecretNotice({ url, secret, rotated, onDismiss }: { url: string; secret: string; rotated: boolean; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no'>();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [secret]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('no'); // no clipboard permission: the secret stays selectable on screen
    }
  };

  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby="webhook-secret-title" className="rounded-xl border border-amber-300 bg-amber-50 p-6 text-amber-950 focus:outline-2 focus:outline-amber-600">
      <h2 id="webhook-secret-title" className="text-lg font-semibold">
        {rotated ? t('orgWebhooks.secret.rotatedTitle') : t('orgWebhooks.secret.title')}
      </h2>
      <p className="mt-1 text-sm">{t('orgWebhooks.secret.for', { url })}</p>
      <p className="mt-2 text-sm font-semibold">{t('orgWebhooks.secret.once')}</p>
      {rotated && <p className="mt-1 text-sm">{t('orgWebhooks.secret.previous')}</p>}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <p className="text-sm">
          <span className="mr-2 font-medium">{t('orgWebhooks.secret.label')}</span>
          <code data-testid="webhook-secret" className="inline-block rounded border border-amber-300 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 select-all">
            {secret}
          </code>
        </p>
        <Button variant="secondary" onClick={() => void copy()}>
          {t('orgWebhooks.secret.copy')}
        </Button>
        <Button variant="ghost" onClick={onDismiss}>
          {t('orgWebhooks.secret.dismiss')}
        </Button>
      </div>
      <p role="status" className="mt-2 text-sm">
        {copied === 'yes' ? t('orgWebhooks.secret.copied') : copied === 'no' ? t('orgWebhooks.secret.copyFailed') : ''}
      </p>
    </div>
  );
}
