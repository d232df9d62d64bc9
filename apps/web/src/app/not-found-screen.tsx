import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../ui/button';
import { useDocumentTitle } from './use-document-title';

export function NotFoundScreen({ kind = 'page' }: { kind?: 'page' | 'job' }) {
  const { t } = useTranslation();
  const title = kind === 'job' ? t('notFound.jobTitle') : t('notFound.title');
  useDocumentTitle(title);
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">{kind === 'job' ? t('notFound.jobBody') : t('notFound.body')}</p>
      <Button asChild className="mt-8">
        <Link to="/">{t('notFound.home')}</Link>
      </Button>
    </section>
  );
}
