import { useTranslation } from 'react-i18next';
import type { AuthFailure } from './auth-errors';

/** The sentence for a failed sign-in or sign-up (field errors are shown on their fields instead). */
export function useFailureMessage(): (failure: AuthFailure) => string {
  const { t } = useTranslation();
  return (failure) => {
    switch (failure.kind) {
      case 'credentials':
        return t('account.errors.credentials');
      case 'rateLimited':
        return t('account.errors.rateLimited', { count: failure.retryAfterSeconds });
      case 'emailTaken':
        return t('account.errors.emailTaken');
      case 'invalid':
        return t('account.errors.invalid');
      case 'offline':
        return t('account.errors.offline');
      default:
        return t('account.errors.unexpected');
    }
  };
}
