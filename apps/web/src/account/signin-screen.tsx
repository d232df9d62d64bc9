import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useDocumentTitle } from '../app/use-document-title';
import { useSession } from '../session/use-session';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { signIn } from './auth-api';
import type { AuthFailure } from './auth-errors';
import { AuthCard, AuthField, InlineLink } from './auth-form';
import { landingFor } from './landing';
import { safeNext } from './safe-next';
import { useFailureMessage } from './use-failure-message';
import { useRateLimitWait } from './use-wait';

// Messages are catalog keys under account.validation.
const schema = z.object({
  email: z.string().trim().min(1, 'emailRequired').email('email'),
  password: z.string().min(1, 'passwordRequired'),
});

export function SignInScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.signin.title'));
  const [params] = useSearchParams();
  const requested = params.get('next');
  const navigate = useNavigate();
  const session = useSession();
  const message = useFailureMessage();
  const [failure, setFailure] = useState<AuthFailure>();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  const waiting = useRateLimitWait(failure);

  if (session.status === 'signed-in' && !isSubmitting) return <Navigate to={landingFor(session.user.role, requested)} replace />;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setFailure(undefined);
    const result = await signIn(email, password);
    if (result.ok) navigate(landingFor(result.role, requested), { replace: true });
    else {
      setFailure(result.failure);
      form.setValue('password', '');
      form.setFocus('password');
    }
  });

  const signupLink = requested ? `/signup?next=${encodeURIComponent(safeNext(requested))}` : '/signup';
  return (
    <AuthCard
      title={t('account.signin.title')}
      footer={
        <>
          {t('account.signin.noAccount')} <InlineLink to={signupLink}>{t('account.signin.createAccount')}</InlineLink>
        </>
      }
    >
      {params.get('erased') === '1' && <Notice tone="success" className="mb-4">{t('account.signin.erased')}</Notice>}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t('account.signin.title')}>
        {failure && <Notice tone="error">{message(failure)}</Notice>}
        <AuthField
          id="signin-email"
          label={t('account.fields.email')}
          type="email"
          autoComplete="email"
          error={errors.email?.message && t(`account.validation.${errors.email.message}`)}
          {...form.register('email')}
        />
        <AuthField
          id="signin-password"
          label={t('account.fields.password')}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message && t(`account.validation.${errors.password.message}`)}
          {...form.register('password')}
        />
        <Button type="submit" className="w-full" disabled={isSubmitting || waiting}>
          {isSubmitting ? t('account.signin.submitting') : t('account.signin.submit')}
        </Button>
      </form>
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <InlineLink to="/signup/organization">{t('account.orgSignup.hiringLink')}</InlineLink>
      </p>
    </AuthCard>
  );
}
