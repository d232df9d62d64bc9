import { useTranslation } from 'react-i18next';
import type { Skill } from '../../api/skills';
import { Button } from '../../ui/button';
import { cn } from '../../ui/cn';
import { Input, Label } from '../../ui/field';
import { useSkillCombobox } from '../../ui/use-skill-combobox';

type Option = { skill: Skill; custom?: undefined } | { skill?: undefined; custom: string };

/**
 * A skill combobox over GET /skills limited to one kind (technical or soft); a technical row also
 * takes what was typed as the recruiter's own skill (the API keeps unknown names as custom skills).
 */
export function SkillAdder({ label, kind, onPick }: { label: string; kind: 'technical' | 'soft'; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const optionsFor = (found: Skill[], typed: string): Option[] => {
    const ofKind = found.filter((s) => s.kind === kind);
    const exact = ofKind.some((s) => s.label.toLowerCase() === typed.toLowerCase());
    return [...ofKind.map((skill) => ({ skill })), ...(exact || kind === 'soft' ? [] : [{ custom: typed }])];
  };
  const box = useSkillCombobox<Option>({ optionsFor, onChoose: (o) => onPick(o.skill ? o.skill.id : o.custom), debounceMs: 150 });
  const first = box.ready ? box.options[0] : undefined;
  return (
    <div className="relative">
      <Label htmlFor={box.inputProps.id}>{label}</Label>
      <div className="flex gap-2">
        <Input {...box.inputProps} placeholder={t('orgPostings.requirements.skillPlaceholder')} />
        <Button variant="secondary" disabled={!first} onClick={() => first && box.choose(first)}>
          {t('orgPostings.requirements.add')}
        </Button>
      </div>
      <ul
        id={box.listId}
        role="listbox"
        aria-label={t('orgPostings.requirements.suggestions')}
        hidden={!box.expanded || box.options.length === 0}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
      >
        {box.options.map((option, index) => (
          <li
            key={option.skill?.id ?? `custom-${option.custom}`}
            {...box.optionProps(index)}
            className={cn('cursor-pointer px-3 py-2 text-sm', index === box.active ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800')}
          >
            {option.skill ? option.skill.label : t('orgPostings.requirements.custom', { name: option.custom })}
          </li>
        ))}
      </ul>
    </div>
  );
}
