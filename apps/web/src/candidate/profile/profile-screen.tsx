import { useState } from 'react';
import { RequireSession } from '../../session/require-session';
import { Notice } from '../../ui/notice';
import { JsonResumeImport } from './json-resume-import';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { ErrorNotice, Loading } from '../../ui/status';
import { ProfileEditor } from './profile-editor';
import { useMyProfile } from './profile-api';

export function ProfileScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  return <RequireSession roles={['candidate']}>{() => <ProfileLoader />}</RequireSession>;
}

function ProfileLoader() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  const [imported, setImported] = useState<number>();
  if (profile.isPending) return <Loading>{t('profile.loading')}</Loading>;
  if (profile.isError) return <ErrorNotice message={t('profile.loadError')} retryLabel={t('profile.retry')} onRetry={() => void profile.refetch()} />;
  // A new editor after an import: its values become the imported profile's.
  return (
    <ProfileEditor key={imported ?? 0} profile={profile.data ?? undefined}>
      {imported !== undefined && <Notice tone="success">{t('profile.import.done', { revision: imported })}</Notice>}
      <JsonResumeImport onImported={(p) => setImported(p.revision)} />
    </ProfileEditor>
  );
}
