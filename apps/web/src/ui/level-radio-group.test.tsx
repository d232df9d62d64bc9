import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LevelRadioGroup, levelText } from './level-radio-group';

const WORDS = ['beginner', 'elementary', 'practised', 'advanced', 'expert'];

afterEach(cleanup);

function Controlled({ initial, onChange }: { initial: number; onChange?: (level: number) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <LevelRadioGroup
      legend="Level in PostgreSQL"
      value={value}
      words={WORDS}
      onChange={(level) => {
        setValue(level);
        onChange?.(level);
      }}
    />
  );
}

describe('LevelRadioGroup', () => {
  it('is a named group of one radio per level, each named by its number and its word', () => {
    render(<Controlled initial={3} />);
    const group = screen.getByRole('group', { name: 'Level in PostgreSQL' });
    const radios = screen.getAllByRole('radio');
    expect(group).toBeTruthy();
    expect(radios.map((r) => r.closest('span')!.textContent)).toEqual(['1 beginner', '2 elementary', '3 practised', '4 advanced', '5 expert']);
    expect(screen.getByRole('radio', { name: '3 practised' })).toHaveProperty('checked', true);
    expect(radios.filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
  });

  it('reports the chosen level and moves the check', () => {
    const onChange = vi.fn();
    render(<Controlled initial={3} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: '5 expert' }));
    expect(onChange).toHaveBeenCalledWith(5);
    expect(screen.getByRole('radio', { name: '5 expert' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: '3 practised' })).toHaveProperty('checked', false);
  });

  it('groups radios by a name of their own, so two skills’ levels never share a selection', () => {
    render(
      <>
        <LevelRadioGroup legend="Level in Java" value={2} words={WORDS} onChange={() => undefined} />
        <LevelRadioGroup legend="Level in Go" value={4} words={WORDS} onChange={() => undefined} />
      </>,
    );
    const names = new Set(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).name));
    expect(names.size).toBe(2);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(2);
  });

  it('gives a value text with the word', () => {
    expect(levelText(4, WORDS)).toBe('4 · advanced');
    expect(levelText(9, WORDS)).toBe('9');
  });
});
