import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { queryClient } from '../../api/query-client';
import { useDocumentTitle } from '../../app/use-document-title';
import { forget } from '../../session/session';
import type { SessionUser } from '../../session/session-store';
import { RequireSession } from '../../session/require-session';
import { Button } from '../../ui/button';
import { Input, Label } from '../../ui/field';
import { Notice } from '../../ui/notice';

export function DataScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('myData.title'));
  return <RequireSession roles={['candidate']}>{(user) => <MyData user={user} />}</RequireSession>;
}

/** Saves `data` as a file, the way a download link would (the export needs the bearer token, so no plain link). */
function saveJson(data: unknown, fileName: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function MyData({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const exporting = useMutation({
    mutationFn: async () => unwrap(await api.GET('/api/v1/candidates/me/export')),
    onSuccess: (data) => saveJson(data, `embauche-${new Date().toISOString().slice(0, 10)}.json`),
  });
  const erasing = useMutation({
    mutationFn: async () => {
      const { response } = await api.DELETE('/api/v1/candidates/me');
      if (response.status !== 204) throw new Error(`erase answered ${response.status}`);
      // The API has already ended every session of this account; this clears the cookie too.
      await api.POST('/api/v1/auth/logout').catch(() => undefined);
    },
    onSuccess: () => {
      forget();
      queryClient.clear();
      // A fresh page: nothing of the erased account stays in this tab's memory.
      window.location.replace('/signin?erased=1');
    },
  });
  const matches = confirmation.trim().toLowerCase() === user.email.toLowerCase();

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('myData.title')}</h1>
        <p className="mt-2 text-slate-700">{t('myData.intro')}</p>
      </header>
      <section aria-labelledby="export-title" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="export-title" className="text-lg font-semibold text-slate-900">{t('myData.export.title')}</h2>
        <p className="mt-1 text-sm text-slate-700">{t('myData.export.body')}</p>
        <Button className="mt-4" onClick={() => exporting.mutate()} disabled={exporting.isPending}>
          {exporting.isPending ? t('myData.export.preparing') : t('myData.export.download')}
        </Button>
        {exporting.isSuccess && <Notice tone="success" className="mt-4">{t('myData.export.done')}</Notice>}
        {exporting.isError && <Notice tone="error" className="mt-4">{t('myData.export.failed')}</Notice>}
      </section>
      <section aria-labelledby="erase-title" className="rounded-xl border border-red-200 bg-white p-5">
        <h2 id="erase-title" className="text-lg font-semibold text-red-900">{t('myData.erase.title')}</h2>
        <p className="mt-1 text-sm text-slate-700">{t('myData.erase.body')}</p>
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
          <li>{t('myData.erase.profile')}</li>
          <li>{t('myData.erase.applications')}</li>
          <li>{t('myData.erase.signIn')}</li>
        </ul>
        <form
          className="mt-4 space-y-3"
          aria-label={t('myData.erase.title')}
          onSubmit={(event) => {
            event.preventDefault();
            if (!matches) {
              setMismatch(true);
              return;
            }
            erasing.mutate();
          }}
        >
          <div>
            <Label htmlFor="erase-confirmation">{t('myData.erase.confirmLabel', { email: user.email })}</Label>
            <Input
              id="erase-confirmation"
              autoComplete="off"
              value={confirmation}
              aria-invalid={mismatch && !matches ? true : undefined}
              aria-describedby={mismatch && !matches ? 'erase-confirmation-error' : undefined}
              onChange={(event) => {
                setConfirmation(event.target.value);
                setMismatch(false);
              }}
            />
            {mismatch && !matches && (
              <p id="erase-confirmation-error" className="mt-1 text-sm text-red-800">
                {t('myData.erase.mismatch')}
              </p>
            )}
          </div>
          {erasing.isError && <Notice tone="error">{t('myData.erase.failed')}</Notice>}
          <Button type="submit" className="bg-red-700 hover:bg-red-800" disabled={erasing.isPending}>
            {erasing.isPending ? t('myData.erase.erasing') : t('myData.erase.submit')}
          </Button>
        </form>
      </section>
    </div>
  );
}
