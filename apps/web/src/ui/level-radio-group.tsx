import { useId } from 'react';
import { cn } from './cn';

export interface LevelRadioGroupProps {
  /** The group's accessible name ("Level in PostgreSQL"). */
  legend: string;
  value: number;
  onChange: (level: number) => void;
  /** One word per level, lowest first ("beginner" … "expert"); the group has as many levels. */
  words: string[];
  /** Hide the legend visually (it stays the accessible name) when the row already says it. */
  hideLegend?: boolean;
  disabled?: boolean;
}

/**
 * A 1…N level as native radio buttons: Tab enters the group on the checked one, arrow keys move
 * and choose, and a screen reader says "3, practised, 3 of 5" (the number and the word are both
 * in the label, so a sighted reader sees the same thing). Native radios rather than a slider: each
 * value has a word, and there are only five.
 */
export function LevelRadioGroup({ legend, value, onChange, words, hideLegend, disabled }: LevelRadioGroupProps) {
  const name = useId();
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className={cn('mb-1 text-sm font-medium text-slate-700', hideLegend && 'sr-only')}>{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {words.map((word, index) => {
          const level = index + 1;
          const id = `${name}-${level}`;
          return (
            <span key={level}>
              <input id={id} type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} className="peer sr-only" />
              <label
                htmlFor={id}
                className={cn(
                  'inline-flex cursor-pointer items-center gap-1 rounded-full border px-2.5 py-1 text-xs font-medium',
                  'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-700',
                  value === level ? 'border-indigo-700 bg-indigo-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
                )}
              >
                <span>{level}</span> <span>{word}</span>
              </label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}

/** "3 · practised": the value text of a level, for places that show it without the control. */
export function levelText(level: number, words: string[]): string {
  const word = words[level - 1];
  return word ? `${level} · ${word}` : String(level);
}
