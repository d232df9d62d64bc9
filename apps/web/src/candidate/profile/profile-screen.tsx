import { useState } from 'react';
import { RequireSession } from '../../session/require-session';
import { Notice } from '../../ui/notice';
import { CvImport } from './cv-import';
import { EmailLanguage } from './email-language';
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
  const [imported, setImported] = useState<{ revision: number; from: 'cv' | 'json' }>();
  if (profile.isPending) return <Loading>{t('profile.loading')}</Loading>;
  if (profile.isError) return <ErrorNotice message={t('profile.loadError')} retryLabel={t('profile.retry')} onRetry={() => void profile.refetch()} />;
  // A new editor after an import: its values become the imported profile's.
  return (
    <ProfileEditor key={imported?.revision ?? 0} profile={profile.data ?? undefined}>
      {imported !== undefined && (
        <Notice tone="success">{t(imported.from === 'cv' ? 'cvImport.done' : 'profile.import.done', { revision: imported.revision })}</Notice>
      )}
      <CvImport profile={profile.data ?? undefined} onImported={(p) => setImported({ revision: p.revision, from: 'cv' })} />
      <JsonResumeImport onImported={(p) => setImported({ revision: p.revision, from: 'json' })} />
      <EmailLanguage />
    </ProfileEditor>
  );
}
