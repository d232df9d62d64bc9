/**
 * The review list's keyboard shortcuts. Plain letters never fire while the reviewer types (a text
 * field, a select, anything editable) or holds a modifier, so they never eat a character or a
 * browser shortcut; Enter is left to the element that has focus when that element is a control.
 */
export type ShortcutAction = 'next' | 'previous' | 'open' | 'close' | 'help';

export const SHORTCUTS: Array<{ keys: string[]; action: ShortcutAction }> = [
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['Enter', 'o'], action: 'open' },
  { keys: ['Escape'], action: 'close' },
  { keys: ['?'], action: 'help' },
];

interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const isElement = (target: EventTarget | null): target is Element => typeof Element !== 'undefined' && target instanceof Element;

function isTyping(target: EventTarget | null): boolean {
  if (!isElement(target)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  return false;
}

function isControl(target: EventTarget | null): boolean {
  return isElement(target) && target.closest('button, a[href], summary, [role="switch"]') !== null;
}

export function shortcutFor(event: KeyEventLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTyping(event.target)) return null;
  if (event.key === 'Enter' && isControl(event.target)) return null;
  const found = SHORTCUTS.find((s) => s.keys.includes(event.key));
  return found ? found.action : null;
}
