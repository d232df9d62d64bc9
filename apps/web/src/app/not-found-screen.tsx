import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../ui/button';
import { useDocumentTitle } from './use-document-title';

/** The 404 page, and the 403 one (`forbidden`: signed in, but this page is for another role). */
export function NotFoundScreen({ kind = 'page' }: { kind?: 'page' | 'job' | 'forbidden' }) {
  const { t } = useTranslation();
  const title = t(kind === 'job' ? 'notFound.jobTitle' : kind === 'forbidden' ? 'notFound.forbiddenTitle' : 'notFound.title');
  const body = t(kind === 'job' ? 'notFound.jobBody' : kind === 'forbidden' ? 'notFound.forbiddenBody' : 'notFound.body');
  useDocumentTitle(title);
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-700">{body}</p>
      <Button asChild className="mt-8">
        <Link to="/">{t('notFound.home')}</Link>
      </Button>
    </section>
  );
}
