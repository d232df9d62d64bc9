import { useTranslation } from 'react-i18next';

/** Times of deliveries and attempts (to the second) and latencies, in the reader's language. */
export function useWebhookFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const ms = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    ms: (value: number) => ms.format(value),
  };
}
