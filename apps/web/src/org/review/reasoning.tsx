import { useTranslation } from 'react-i18next';
import type { ExperienceView, LocationView, SalaryView } from './breakdown';
import { useReviewFormat } from './use-review-format';

const LOCATION_RULES = ['remotePosting', 'sameCity', 'sameCountry', 'otherCountryWillingToRelocate', 'otherCountryNotWilling', 'candidateLocationUnknown'];
const SALARY_RULES = ['noPostingSalary', 'noExpectation', 'currencyMismatch', 'withinRange', 'aboveMax'];
const POLICIES = ['remote', 'hybrid', 'onsite'];

/** Where the job is, where the candidate is, which row of the location table applies and what it gives. */
export function LocationSentence({ location }: { location: LocationView }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const policy = POLICIES.includes(location.posting.remotePolicy) ? location.posting.remotePolicy : 'onsite';
  const rule = LOCATION_RULES.includes(location.rule) ? location.rule : 'candidateLocationUnknown';
  const candidatePlace = format.place(location.candidate.city, location.candidate.country);
  return (
    <li data-testid="location-reasoning">
      <span className="font-medium text-slate-900">{t('orgReview.criteria.location')}: </span>
      {t(`orgReview.location.posting.${policy}`, { place: format.place(location.posting.city, location.posting.country) })}{' '}
      {candidatePlace ? t('orgReview.location.candidate', { place: candidatePlace }) : t('orgReview.location.candidateUnknown')}{' '}
      {t(`orgReview.location.rule.${rule}`)}
      {location.halvedForRemoteOnly && <> {t('orgReview.location.halved')}</>}{' '}
      {location.subScore === null ? t('orgReview.reasoning.notCounted') : t('orgReview.reasoning.counts', { percent: format.percent(location.subScore) })}
    </li>
  );
}

/** The salary comparison on one yearly figure, or why it was left out. */
export function SalarySentence({ salary }: { salary: SalaryView }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const rule = SALARY_RULES.includes(salary.rule) ? salary.rule : 'noPostingSalary';
  const values = {
    expectation: salary.expectation ? format.money(salary.expectation.annual, salary.expectation.currency) : '',
    max: salary.posting ? format.money(salary.posting.annualMax, salary.posting.currency) : '',
    months: format.number(salary.monthsPerYear),
  };
  return (
    <li data-testid="salary-reasoning">
      <span className="font-medium text-slate-900">{t('orgReview.criteria.salary')}: </span>
      {t(`orgReview.salary.${rule}`, values)}{' '}
      {salary.subScore === null ? t('orgReview.reasoning.notCounted') : t('orgReview.reasoning.counts', { percent: format.percent(salary.subScore) })}
    </li>
  );
}

export function ExperienceSentence({ experience }: { experience: ExperienceView }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  return (
    <li>
      <span className="font-medium text-slate-900">{t('orgReview.criteria.experience')}: </span>
      {t(experience.requiredFrom === 'posting' ? 'orgReview.experience.fromPosting' : 'orgReview.experience.fromSeniority', { required: format.number(experience.required) })}{' '}
      {t('orgReview.experience.candidate', { years: format.number(experience.candidate ?? 0) })}{' '}
      {t('orgReview.reasoning.counts', { percent: format.percent(experience.subScore) })}
    </li>
  );
}
