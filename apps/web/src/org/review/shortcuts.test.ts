import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const key = (k: string, target: EventTarget | null = document.body, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target, ...mods });

describe('review shortcuts', () => {
  it('maps j, k, Enter, o, Escape and ? on the page', () => {
    expect([key('j'), key('k'), key('Enter'), key('o'), key('Escape'), key('?')]).toEqual(['next', 'previous', 'open', 'open', 'close', 'help']);
    expect(key('x')).toBeNull();
  });

  it('never fires while typing in a field, a select or an editable element', () => {
    const input = document.createElement('input');
    const select = document.createElement('select');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    for (const target of [input, select, inside]) {
      for (const k of ['j', 'k', 'o', '?', 'Enter', 'Escape']) expect(key(k, target)).toBeNull();
    }
  });

  it('leaves Enter to a focused button or link, and ignores modifiers', () => {
    const button = document.createElement('button');
    const link = document.createElement('a');
    link.href = '/org/applications/1';
    expect(key('Enter', button)).toBeNull();
    expect(key('Enter', link)).toBeNull();
    expect(key('j', button)).toBe('next');
    expect(key('j', document.body, { ctrlKey: true })).toBeNull();
    expect(key('k', document.body, { metaKey: true })).toBeNull();
  });
});
