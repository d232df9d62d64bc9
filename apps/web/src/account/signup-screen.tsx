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
import { signUpCandidate } from './auth-api';
import type { AuthFailure } from './auth-errors';
import { AuthCard, AuthField, InlineLink } from './auth-form';
import { landingFor } from './landing';
import { safeNext } from './safe-next';
import { useFailureMessage } from './use-failure-message';
import { useRateLimitWait } from './use-wait';

/** The API's rule (CredentialsDto: at least 10, at most 200 characters), shown before the first try. */
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;

const schema = z.object({
  name: z.string().trim().min(1, 'nameRequired').max(200, 'nameTooLong'),
  email: z.string().trim().min(1, 'emailRequired').email('email'),
  password: z.string().min(PASSWORD_MIN, 'passwordTooShort').max(PASSWORD_MAX, 'passwordTooLong'),
});
type Fields = keyof z.infer<typeof schema>;
const FIELDS: Fields[] = ['name', 'email', 'password'];

export function SignUpScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.signup.title'));
  const [params] = useSearchParams();
  const requested = params.get('next');
  const navigate = useNavigate();
  const session = useSession();
  const message = useFailureMessage();
  const [failure, setFailure] = useState<AuthFailure>();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { name: '', email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  const waiting = useRateLimitWait(failure);

  if (session.status === 'signed-in' && !isSubmitting) return <Navigate to={landingFor(session.user.role, requested)} replace />;

  const onSubmit = form.handleSubmit(async ({ name, email, password }) => {
    setFailure(undefined);
    const result = await signUpCandidate(name, email, password);
    if (result.ok) {
      navigate(landingFor(result.role, requested), { replace: true });
      return;
    }
    setFailure(result.failure);
    if (result.failure.kind === 'emailTaken') form.setError('email', { message: 'emailTaken' }, { shouldFocus: true });
    if (result.failure.kind === 'invalid') {
      for (const { field } of result.failure.fields) {
        if (FIELDS.includes(field as Fields)) form.setError(field as Fields, { message: `api.${field}` }, { shouldFocus: true });
      }
    }
  });

  const error = (field: Fields) => errors[field]?.message && t(`account.validation.${errors[field].message}`);
  const signinLink = requested ? `/signin?next=${encodeURIComponent(safeNext(requested))}` : '/signin';
  return (
    <AuthCard
      title={t('account.signup.title')}
      footer={
        <>
          {t('account.signup.haveAccount')} <InlineLink to={signinLink}>{t('account.signup.signIn')}</InlineLink>
        </>
      }
    >
      <p className="mb-4 text-sm text-slate-700">{t('account.signup.intro')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t('account.signup.title')}>
        {failure && failure.kind !== 'invalid' && <Notice tone="error">{message(failure)}</Notice>}
        <AuthField id="signup-name" label={t('account.fields.name')} autoComplete="name" error={error('name')} {...form.register('name')} />
        <AuthField id="signup-email" label={t('account.fields.email')} type="email" autoComplete="email" error={error('email')} {...form.register('email')} />
        <AuthField
          id="signup-password"
          label={t('account.fields.password')}
          type="password"
          autoComplete="new-password"
          hint={t('account.signup.passwordRule', { count: PASSWORD_MIN })}
          error={error('password')}
          {...form.register('password')}
        />
        <Button type="submit" className="w-full" disabled={isSubmitting || waiting}>
          {isSubmitting ? t('account.signup.submitting') : t('account.signup.submit')}
        </Button>
      </form>
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-700">
        <InlineLink to="/signup/organization">{t('account.orgSignup.hiringLink')}</InlineLink>
      </p>
    </AuthCard>
  );
}
