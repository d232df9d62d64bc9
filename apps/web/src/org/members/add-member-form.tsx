import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AuthField } from '../../account/auth-form';
import { problemOf } from '../../api/applications';
import { MEMBER_ROLES, useAddMember, type MemberRole } from '../../api/organization';
import { Button } from '../../ui/button';
import { Label } from '../../ui/field';
import { Notice } from '../../ui/notice';

/** The API's rules (CreateMemberDto): name 1–200, a valid email, a password of 10–200 characters. */
const PASSWORD_MIN = 10;
const schema = z.object({
  name: z.string().trim().min(1, 'nameRequired').max(200, 'nameTooLong'),
  email: z.string().trim().min(1, 'emailRequired').email('email'),
  password: z.string().min(PASSWORD_MIN, 'passwordTooShort').max(200, 'passwordTooLong'),
  role: z.enum(MEMBER_ROLES as [MemberRole, ...MemberRole[]]),
});
type Values = z.infer<typeof schema>;
type Field = keyof Values;
const FIELDS: Field[] = ['name', 'email', 'password', 'role'];

/** Adds a member with an initial password they sign in with; the API's refusals land on their fields. */
export function AddMemberForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const add = useAddMember();
  const [failure, setFailure] = useState<string>();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', email: '', password: '', role: 'recruiter' } });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: 'role' });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const member = await add.mutateAsync({ ...values, name: values.name.trim(), email: values.email.trim() });
      form.reset();
      onAdded(member.name);
    } catch (error) {
      const problem = problemOf(error);
      if (problem?.status === 409) {
        form.setError('email', { message: 'emailTaken' }, { shouldFocus: true });
        return;
      }
      const fields = (problem?.status === 400 ? (problem.errors ?? []) : []).map((e) => e.field).filter((f): f is Field => FIELDS.includes(f as Field));
      for (const field of fields) form.setError(field, { message: `api.${field}` }, { shouldFocus: true });
      if (fields.length === 0) setFailure(problem?.status === 403 ? t('orgAdmin.errors.forbidden') : t('orgAdmin.errors.unexpected'));
    }
  });

  const error = (field: Field) => errors[field]?.message && t(`orgAdmin.validation.${errors[field].message}`);
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="add-member-title" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="add-member-title" className="text-lg font-semibold text-slate-900">
        {t('orgAdmin.members.add.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('orgAdmin.members.add.intro')}</p>
      {failure && (
        <Notice tone="error" className="mt-4">
          {failure}
        </Notice>
      )}
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <AuthField id="member-name" label={t('orgAdmin.members.fields.name')} autoComplete="off" error={error('name')} {...form.register('name')} />
        <AuthField id="member-email" label={t('orgAdmin.members.fields.email')} type="email" autoComplete="off" error={error('email')} {...form.register('email')} />
        <AuthField
          id="member-password"
          label={t('orgAdmin.members.fields.password')}
          type="password"
          autoComplete="new-password"
          hint={t('orgAdmin.members.add.passwordHint', { count: PASSWORD_MIN })}
          error={error('password')}
          {...form.register('password')}
        />
        <div>
          <Label htmlFor="member-role">{t('orgAdmin.members.fields.role')}</Label>
          <select
            id="member-role"
            aria-describedby="member-role-hint"
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-200"
            {...form.register('role')}
          >
            {MEMBER_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`orgAdmin.roles.${role}`)}
              </option>
            ))}
          </select>
          <p id="member-role-hint" className="mt-1 text-sm text-slate-700">
            {t(`orgAdmin.roleHints.${role}`)}
          </p>
        </div>
      </div>
      <Button type="submit" className="mt-4" disabled={isSubmitting}>
        {isSubmitting ? t('orgAdmin.members.add.submitting') : t('orgAdmin.members.add.submit')}
      </Button>
    </form>
  );
}
