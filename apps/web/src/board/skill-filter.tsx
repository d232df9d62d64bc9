import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillSearch, useSkillTaxonomy, type Skill } from '../api/skills';
import { currentLanguage } from '../i18n/i18n';
import { Input, Label } from '../ui/field';
import { cn } from '../ui/cn';
import { useDebouncedValue } from './use-debounced-value';

/**
 * The skill filter: an ARIA combobox over GET /skills, which matches any alias in any of the
 * three languages. The chosen skill's id goes to the URL; its label comes from the taxonomy.
 */
export function SkillFilter({ value, onChange }: { value: string | undefined; onChange: (skillId: string | undefined) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const debounced = useDebouncedValue(query.trim(), 200);
  const search = useSkillSearch(lang, debounced);
  const taxonomy = useSkillTaxonomy(lang);
  const options = debounced ? (search.data ?? []) : [];
  const expanded = open && debounced.length > 0 && !search.isPending;
  const listId = `${id}-list`;
  const selectedLabel = value ? (taxonomy.data?.get(value)?.label ?? value) : undefined;

  const choose = (skill: Skill) => {
    onChange(skill.id);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter' && expanded && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <Label htmlFor={`${id}-input`}>{t('filters.skill')}</Label>
      <Input
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        placeholder={t('filters.skillPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('filters.skillSuggestions')}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {options.map((skill, index) => (
          <li
            key={skill.id}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: it fires before the input's blur closes the list
            onMouseDown={(event) => {
              event.preventDefault();
              choose(skill);
            }}
            className={cn('cursor-pointer px-3 py-2 text-sm', index === active ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800')}
          >
            {skill.label}
          </li>
        ))}
        {expanded && options.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-2 text-sm text-slate-700">
            {t('filters.skillNoMatch', { query: debounced })}
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
