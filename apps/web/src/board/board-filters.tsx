import { useTranslation } from 'react-i18next';
import type { BoardFilters as Filters } from '../api/jobs';
import { useFormat } from '../i18n/format';
import { Button } from '../ui/button';
import { SelectField, TextField } from '../ui/field';
import { SkillFilter } from './skill-filter';
import { BOARD_COUNTRIES, REMOTE_POLICIES, SENIORITIES, useDebouncedFilterText } from './use-board-filters';

interface Props {
  filters: Filters;
  setFilter: (name: 'skill' | 'country' | 'city' | 'remotePolicy' | 'seniority', value: string | undefined) => void;
  clear: () => void;
}

export function BoardFilters({ filters, setFilter, clear }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [city, setCity] = useDebouncedFilterText(filters.city, (value) => setFilter('city', value));
  const countries = [...new Set([...BOARD_COUNTRIES, ...(filters.country ? [filters.country] : [])])];
  const active = Object.entries(filters).some(([name, value]) => name !== 'q' && value);

  return (
    <form role="search" aria-label={t('filters.legend')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
        <legend className="px-1 text-base font-semibold text-slate-900">{t('filters.legend')}</legend>
        <SkillFilter value={filters.skill} onChange={(skill) => setFilter('skill', skill)} />
        <SelectField
          id="filter-country"
          label={t('filters.country')}
          emptyLabel={t('filters.any')}
          value={filters.country ?? ''}
          onChange={(event) => setFilter('country', event.target.value || undefined)}
          options={countries.map((code) => ({ value: code, label: format.country(code) })).sort((a, b) => a.label.localeCompare(b.label))}
        />
        <TextField id="filter-city" label={t('filters.city')} placeholder={t('filters.cityPlaceholder')} value={city} onChange={(event) => setCity(event.target.value)} />
        <SelectField
          id="filter-remote"
          label={t('filters.remotePolicy')}
          emptyLabel={t('filters.any')}
          value={filters.remotePolicy ?? ''}
          onChange={(event) => setFilter('remotePolicy', event.target.value || undefined)}
          options={REMOTE_POLICIES.map((value) => ({ value, label: t(`remotePolicy.${value}`) }))}
        />
        <SelectField
          id="filter-seniority"
          label={t('filters.seniority')}
          emptyLabel={t('filters.any')}
          value={filters.seniority ?? ''}
          onChange={(event) => setFilter('seniority', event.target.value || undefined)}
          options={SENIORITIES.map((value) => ({ value, label: t(`seniority.${value}`) }))}
        />
        {active && (
          <Button variant="ghost" className="w-full" onClick={clear}>
            {t('filters.clear')}
          </Button>
        )}
      </fieldset>
    </form>
  );
}
