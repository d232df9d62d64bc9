import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillSearch, type Skill } from '../../api/skills';
import { useDebouncedValue } from '../../board/use-debounced-value';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { Input, Label } from '../../ui/field';
import { cn } from '../../ui/cn';

export interface PickedSkill {
  name: string;
  skillId: string | null;
}

/**
 * Adds a skill: an ARIA combobox over GET /skills (aliases in French, English and Dutch, so
 * "rigueur" finds Rigour), the last option adds what was typed as a custom skill. Enter picks the
 * highlighted option; with the list closed, Enter adds the text as typed.
 */
export function SkillPicker({ onPick }: { onPick: (skill: PickedSkill) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = query.trim();
  const debounced = useDebouncedValue(typed, 150);
  const search = useSkillSearch(lang, debounced);
  const matches = debounced && debounced === typed ? (search.data ?? []) : [];
  const exact = matches.some((s) => s.label.toLowerCase() === typed.toLowerCase());
  // The options: known skills, then "add ‹typed› as your own skill" unless a label matches exactly.
  const options: Array<{ skill?: Skill; custom?: string }> = [...matches.map((skill) => ({ skill })), ...(typed && !exact ? [{ custom: typed }] : [])];
  const ready = typed.length > 0 && debounced === typed && !search.isFetching;
  const expanded = open && ready && options.length > 0;
  const listId = `${id}-list`;

  const pick = (option: { skill?: Skill; custom?: string }) => {
    onPick(option.skill ? { name: option.skill.label, skillId: option.skill.id } : { name: option.custom!, skillId: null });
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (event.key === 'Enter') {
      // Never submit the profile form from here.
      event.preventDefault();
      if (expanded && options[active]) pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <Label htmlFor={`${id}-input`}>{t('profile.skills.add')}</Label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
        {t('profile.skills.addHint')}
      </p>
      <div className="flex gap-2">
        <Input
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={expanded && options[active] ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          placeholder={t('profile.skills.placeholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <Button variant="secondary" disabled={!typed} onClick={() => (options[0]?.skill && ready ? pick(options[0]) : typed && pick({ custom: typed }))}>
          {t('profile.skills.addButton')}
        </Button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('profile.skills.suggestions')}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.skill?.id ?? `custom-${option.custom}`}
            id={`${id}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
            className={cn('cursor-pointer px-3 py-2 text-sm', index === active ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800')}
          >
            {option.skill ? option.skill.label : t('profile.skills.addCustom', { name: option.custom })}
          </li>
        ))}
      </ul>
    </div>
  );
}
