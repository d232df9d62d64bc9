import { useTranslation } from 'react-i18next';
import { useOrganization } from '../../api/organization';
import { useDocumentTitle } from '../../app/use-document-title';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { SettingsForm } from './settings-form';

/** /org/settings (admins): the organization's name and whether reviews are blind. */
export function SettingsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgAdmin.settings.title'));
  const organization = useOrganization();
  return (
    <section className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">{t('orgAdmin.settings.title')}</h1>
      {organization.isPending && <p role="status">{t('orgAdmin.settings.loading')}</p>}
      {organization.isError && (
        <Notice tone="error">
          {t('orgAdmin.settings.loadError')}{' '}
          <Button variant="ghost" onClick={() => void organization.refetch()}>
            {t('orgAdmin.retry')}
          </Button>
        </Notice>
      )}
      {organization.data && <SettingsForm key={organization.data.id} organization={organization.data} />}
    </section>
  );
}
