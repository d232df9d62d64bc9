import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { z } from 'zod';
import { useDocumentTitle } from '../app/use-document-title';
import { useSession } from '../session/use-session';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { signUpOrganization } from './auth-api';
import type { AuthFailure } from './auth-errors';
import { AuthCard, AuthField, InlineLink } from './auth-form';
import { landingFor, ORG_LANDING } from './landing';
import { PASSWORD_MIN } from './signup-screen';
import { useFailureMessage } from './use-failure-message';
import { useRateLimitWait } from './use-wait';

// Messages are catalog keys: account.orgSignup.validation.* for the organization's name, account.validation.* for the rest.
// They live in the account catalog, not orgAdmin's: this page is public, and the org areas' strings load only with the org code.
const schema = z.object({
  organizationName: z.string().trim().min(1, 'orgNameRequired').max(200, 'orgNameTooLong'),
  name: z.string().trim().min(1, 'nameRequired').max(200, 'nameTooLong'),
  email: z.string().trim().min(1, 'emailRequired').email('email'),
  password: z.string().min(PASSWORD_MIN, 'passwordTooShort').max(200, 'passwordTooLong'),
});
type Fields = keyof z.infer<typeof schema>;
const FIELDS: Fields[] = ['organizationName', 'name', 'email', 'password'];

/** /signup/organization: a new organization and its first admin, signed in with a cookie session. */
export function OrgSignupScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.orgSignup.title'));
  const navigate = useNavigate();
  const session = useSession();
  const message = useFailureMessage();
  const [failure, setFailure] = useState<AuthFailure>();
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { organizationName: '', name: '', email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  const waiting = useRateLimitWait(failure);

  if (session.status === 'signed-in' && !isSubmitting) return <Navigate to={session.user.role === 'candidate' ? landingFor('candidate', null) : ORG_LANDING} replace />;

  const onSubmit = form.handleSubmit(async ({ organizationName, name, email, password }) => {
    setFailure(undefined);
    const result = await signUpOrganization(organizationName.trim(), name, email, password);
    if (result.ok) {
      navigate(ORG_LANDING, { replace: true });
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

  const error = (field: Fields) => {
    const key = errors[field]?.message;
    if (!key) return undefined;
    return key.startsWith('orgName') || key === 'api.organizationName' ? t(`account.orgSignup.validation.${key === 'api.organizationName' ? 'orgName' : key}`) : t(`account.validation.${key}`);
  };
  return (
    <AuthCard
      title={t('account.orgSignup.title')}
      footer={
        <>
          {t('account.signup.haveAccount')} <InlineLink to="/signin">{t('account.signup.signIn')}</InlineLink>
        </>
      }
    >
      <p className="mb-4 text-sm text-slate-700">{t('account.orgSignup.intro')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t('account.orgSignup.title')}>
        {failure && failure.kind !== 'invalid' && <Notice tone="error">{message(failure)}</Notice>}
        <AuthField
          id="org-signup-organization"
          label={t('account.orgSignup.organizationName')}
          autoComplete="organization"
          error={error('organizationName')}
          {...form.register('organizationName')}
        />
        <AuthField id="org-signup-name" label={t('account.orgSignup.yourName')} autoComplete="name" error={error('name')} {...form.register('name')} />
        <AuthField id="org-signup-email" label={t('account.orgSignup.workEmail')} type="email" autoComplete="email" error={error('email')} {...form.register('email')} />
        <AuthField
          id="org-signup-password"
          label={t('account.fields.password')}
          type="password"
          autoComplete="new-password"
          hint={t('account.signup.passwordRule', { count: PASSWORD_MIN })}
          error={error('password')}
          {...form.register('password')}
        />
        <Button type="submit" className="w-full" disabled={isSubmitting || waiting}>
          {isSubmitting ? t('account.orgSignup.submitting') : t('account.orgSignup.submit')}
        </Button>
      </form>
    </AuthCard>
  );
}
