import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/use-document-title';

/**
 * Where an organization screen of issue 14 is not built yet: its route, roles and chunk are in
 * place, and the page says so plainly instead of showing a broken screen.
 */
export function ComingSoonScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.comingSoon'));
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{t('org.comingSoon')}</h1>
      <p className="mt-3 text-slate-700">{t('org.comingSoonBody')}</p>
    </section>
  );
}
