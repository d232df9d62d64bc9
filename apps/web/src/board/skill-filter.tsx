import { useTranslation } from 'react-i18next';
import { useSkillTaxonomy, type Skill } from '../api/skills';
import { currentLanguage } from '../i18n/i18n';
import { Input, Label } from '../ui/field';
import { cn } from '../ui/cn';
import { useSkillCombobox } from '../ui/use-skill-combobox';

/**
 * The skill filter: an ARIA combobox over GET /skills, which matches any alias in any of the
 * three languages. The chosen skill's id goes to the URL; its label comes from the taxonomy.
 */
export function SkillFilter({ value, onChange }: { value: string | undefined; onChange: (skillId: string | undefined) => void }) {
  const { t } = useTranslation();
  const taxonomy = useSkillTaxonomy(currentLanguage());
  const box = useSkillCombobox<Skill>({ optionsFor: (found) => found, onChoose: (skill) => onChange(skill.id), debounceMs: 200 });
  const selectedLabel = value ? (taxonomy.data?.get(value)?.label ?? value) : undefined;

  return (
    <div className="relative">
      <Label htmlFor={box.inputProps.id}>{t('filters.skill')}</Label>
      <Input {...box.inputProps} aria-expanded={box.expanded} placeholder={t('filters.skillPlaceholder')} />
      <ul
        id={box.listId}
        role="listbox"
        aria-label={t('filters.skillSuggestions')}
        hidden={!box.expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {box.options.map((skill, index) => (
          <li
            key={skill.id}
            {...box.optionProps(index)}
            className={cn('cursor-pointer px-3 py-2 text-sm', index === box.active ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800')}
          >
            {skill.label}
          </li>
        ))}
        {box.expanded && box.options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-700">
            {t('filters.skillNoMatch', { query: box.debounced })}
          </li>
        )}
      </ul>
      {selectedLabel && (
        <p className="mt-2 flex items-center gap-2">
          <span className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-sm font-medium text-indigo-900">
            {t('filters.skillSelected', { label: selectedLabel })}
            <button
              type="button"
              onClick={() => onChange(undefined)}
              aria-label={t('filters.removeSkill', { label: selectedLabel })}
              className="grid size-6 place-items-center rounded-full hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        </p>
      )}
    </div>
  );
}
