import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AuthField } from '../../account/auth-form';
import { problemOf } from '../../api/applications';
import { useUpdateOrganization, type Organization } from '../../api/organization';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { SwitchField } from '../../ui/switch-field';

const schema = z.object({
  name: z.string().trim().min(1, 'orgNameRequired').max(200, 'orgNameTooLong'),
  blindReview: z.boolean(),
});
type Values = z.infer<typeof schema>;

type Outcome = { tone: 'success' | 'error'; text: string };

export function SettingsForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const update = useUpdateOrganization();
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: organization.name, blindReview: organization.blindReview } });
  const { errors, isSubmitting, isDirty } = form.formState;

  const show = setOutcome;
  // The outcome takes focus, so it is read out and the next Tab starts from it.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const onSubmit = form.handleSubmit(async ({ name, blindReview }) => {
    show(undefined);
    try {
      const saved = await update.mutateAsync({ name: name.trim(), blindReview });
      form.reset({ name: saved.name, blindReview: saved.blindReview });
      show({ tone: 'success', text: t('orgAdmin.settings.saved') });
    } catch (error) {
      const problem = problemOf(error);
      if (problem?.status === 400 && problem.errors?.some((e) => e.field === 'name')) form.setError('name', { message: 'api.orgName' }, { shouldFocus: true });
      else show({ tone: 'error', text: t(problem?.status === 403 ? 'orgAdmin.errors.forbidden' : 'orgAdmin.errors.unexpected') });
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t('orgAdmin.settings.title')} className="space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <div ref={outcomeRef} tabIndex={-1} className="focus:outline-none">
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      </div>
      <AuthField
        id="org-name"
        label={t('orgAdmin.settings.name')}
        autoComplete="organization"
        error={errors.name?.message && t(`orgAdmin.validation.${errors.name.message}`)}
        {...form.register('name')}
      />
      <Controller
        control={form.control}
        name="blindReview"
        render={({ field }) => (
          <SwitchField
            label={t('orgAdmin.settings.blindReview')}
            description={
              <>
                <p>{t('orgAdmin.settings.blindReviewExplained')}</p>
                <p className="mt-1">{t('orgAdmin.settings.blindReviewWho')}</p>
              </>
            }
            checked={field.value}
            onChange={field.onChange}
            onLabel={t('orgAdmin.settings.on')}
            offLabel={t('orgAdmin.settings.off')}
          />
        )}
      />
      <Button type="submit" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? t('orgAdmin.settings.saving') : t('orgAdmin.settings.save')}
      </Button>
    </form>
  );
}
