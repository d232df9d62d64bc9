import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { AccountNav } from './account-nav';
import { LanguageSwitcher } from './language-switcher';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 rounded text-lg font-bold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-700">
            <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-indigo-700 text-white">
              E
            </span>
            {t('app.name')}
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <nav aria-label={t('app.primaryNav')}>
              <AccountNav />
            </nav>
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-700">{t('app.footer')}</p>
      </footer>
    </div>
  );
}
