import { useTranslation } from 'react-i18next';
import type { Skill } from '../../api/skills';
import { Button } from '../../ui/button';
import { Input, Label } from '../../ui/field';
import { cn } from '../../ui/cn';
import { useSkillCombobox } from '../../ui/use-skill-combobox';

export interface PickedSkill {
  name: string;
  skillId: string | null;
}

type Option = { skill: Skill; custom?: undefined } | { skill?: undefined; custom: string };

/**
 * Adds a skill: an ARIA combobox over GET /skills (aliases in French, English and Dutch, so
 * "rigueur" finds Rigour), the last option adds what was typed as a custom skill. Enter picks the
 * highlighted option.
 */
export function SkillPicker({ onPick }: { onPick: (skill: PickedSkill) => void }) {
  const { t } = useTranslation();
  // The options: known skills, then "add ‹typed› as your own skill" unless a label matches exactly.
  const optionsFor = (found: Skill[], typed: string): Option[] => {
    const exact = found.some((s) => s.label.toLowerCase() === typed.toLowerCase());
    return [...found.map((skill) => ({ skill })), ...(exact ? [] : [{ custom: typed }])];
  };
  const pick = (option: Option) => onPick(option.skill ? { name: option.skill.label, skillId: option.skill.id } : { name: option.custom, skillId: null });
  const box = useSkillCombobox<Option>({ optionsFor, onChoose: pick, debounceMs: 150 });
  const hintId = `${box.id}-hint`;

  return (
    <div className="relative">
      <Label htmlFor={box.inputProps.id}>{t('profile.skills.add')}</Label>
      <p id={hintId} className="mb-1 text-sm text-slate-700">
        {t('profile.skills.addHint')}
      </p>
      <div className="flex gap-2">
        <Input {...box.inputProps} aria-describedby={hintId} placeholder={t('profile.skills.placeholder')} />
        <Button
          variant="secondary"
          disabled={!box.typed}
          onClick={() => box.choose(box.ready && box.options[0]?.skill ? box.options[0] : { custom: box.typed })}
        >
          {t('profile.skills.addButton')}
        </Button>
      </div>
      <ul
        id={box.listId}
        role="listbox"
        aria-label={t('profile.skills.suggestions')}
        hidden={!box.expanded || box.options.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {box.options.map((option, index) => (
          <li
            key={option.skill?.id ?? `custom-${option.custom}`}
            {...box.optionProps(index)}
            className={cn('cursor-pointer px-3 py-2 text-sm', index === box.active ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800')}
          >
            {option.skill ? option.skill.label : t('profile.skills.addCustom', { name: option.custom })}
          </li>
        ))}
      </ul>
    </div>
  );
}
