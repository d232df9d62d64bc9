import { useId, useState, type KeyboardEvent } from 'react';
import { useSkillSearch, type Skill } from '../api/skills';
import { useDebouncedValue } from '../board/use-debounced-value';
import { currentLanguage } from '../i18n/i18n';

interface Options<O> {
  /** The listbox's options from the skills found for what is typed (and the text itself). */
  optionsFor: (found: Skill[], typed: string) => O[];
  onChoose: (option: O) => void;
  debounceMs: number;
}

/**
 * The ARIA combobox over GET /skills that the skill filter, the profile's skill picker and the
 * requirements editor share: the API matches any alias in French, English and Dutch; arrows move
 * through the options, Enter picks the highlighted one (and never submits a form), Escape closes.
 * Returns the props for the input and for each option; the caller lays them out and labels them.
 */
export function useSkillCombobox<O>({ optionsFor, onChoose, debounceMs }: Options<O>) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = query.trim();
  const debounced = useDebouncedValue(typed, debounceMs);
  const search = useSkillSearch(currentLanguage(), debounced);
  // Options only for what is typed now: never the previous query's results under the new text.
  const current = debounced.length > 0 && debounced === typed;
  const options = current ? optionsFor(search.data ?? [], typed) : [];
  const ready = current && !search.isFetching;
  const expanded = open && ready;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-opt-${index}`;

  const choose = (option: O) => {
    onChoose(option);
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
      event.preventDefault();
      if (expanded && options[active] !== undefined) choose(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return {
    id,
    typed,
    debounced,
    options,
    ready,
    expanded,
    active,
    listId,
    choose,
    inputProps: {
      id: `${id}-input`,
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': expanded && options.length > 0,
      'aria-controls': listId,
      'aria-activedescendant': expanded && options[active] !== undefined ? optionId(active) : undefined,
      autoComplete: 'off',
      value: query,
      onChange: (event: { target: { value: string } }) => {
        setQuery(event.target.value);
        setActive(0);
        setOpen(true);
      },
      onKeyDown,
      onBlur: () => setOpen(false),
    },
    optionProps: (index: number) => ({
      id: optionId(index),
      role: 'option' as const,
      'aria-selected': index === active,
      // mousedown, not click: it fires before the input's blur closes the list
      onMouseDown: (event: { preventDefault: () => void }) => {
        event.preventDefault();
        choose(options[index]);
      },
    }),
  };
}
