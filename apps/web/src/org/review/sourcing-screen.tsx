import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';

// Placeholder: the screen is being built (issue 14); the route, its roles and its chunk are in place.
export function SourcingScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.comingSoon'));
  return <h1 className="text-2xl font-bold text-slate-900">{t('org.comingSoon')}</h1>;
}
