import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · Embauche", so each screen announces itself in the tab and to screen readers. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
