/**
 * Plain-text output for a terminal or a log file: padded tables, a progress
 * bar, and ANSI emphasis only when stdout is a TTY (and NO_COLOR is unset).
 */

const ansi = process.stdout.isTTY === true && !process.env.NO_COLOR;
const wrap = (open: number, close: number) => (text: string) => (ansi ? `\x1b[${open}m${text}\x1b[${close}m` : text);

export const style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
};

export const say = (line = '') => process.stdout.write(`${line}\n`);

export function heading(title: string): void {
  say();
  say(style.bold(title));
  say(style.dim('─'.repeat(Math.min(title.length, 100))));
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** Longer cells are cut with an ellipsis. */
  max?: number;
}

/** A table with columns two spaces apart (which is also what makes it easy to read back). */
export function table(columns: Column[], rows: string[][], indent = '  '): string[] {
  const cells = rows.map((row) => row.map((cell, i) => cut(cell, columns[i].max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    indent +
    row
      .map((cell, i) => (columns[i].align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [style.bold(line(columns.map((c) => c.header))), ...cells.map(line)];
}

/** As many whole items as fit in `max` characters, then `+n` for the rest: never half a word. */
export function fitList(items: string[], max: number): string {
  if (items.length === 0) return '—';
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out}, ${items[i]}` : items[i];
    const rest = items.length - i - 1;
    if (next.length + (rest ? `, +${rest}`.length : 0) > max && out) return `${out}, +${items.length - i}`;
    out = next;
  }
  return out;
}

function cut(text: string, max?: number): string {
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * `[██████░░░░]  12/30` redrawn in place on a TTY; elsewhere (a pipe, a CI
 * log) one line per change, at most every `quietMs`, so logs stay short.
 */
export class ProgressBar {
  private lastLine = '';
  private lastPrint = 0;

  constructor(
    private readonly label: string,
    private readonly width = 30,
    private readonly quietMs = 1000,
  ) {}

  update(done: number, total: number, note = '', force = false): void {
    const ratio = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(ratio * this.width);
    const bar = '█'.repeat(filled) + '░'.repeat(this.width - filled);
    const line = `${this.label} [${bar}] ${String(done).padStart(String(total).length)}/${total}${note ? `  ${note}` : ''}`;
    if (line === this.lastLine) return;
    if (ansi) {
      process.stdout.write(`\r\x1b[2K${line}`);
    } else if (force || done >= total || Date.now() - this.lastPrint >= this.quietMs) {
      say(line);
      this.lastPrint = Date.now();
    } else {
      return;
    }
    this.lastLine = line;
  }

  /** Leaves the bar's last state on screen and moves to the next line. */
  finish(done: number, total: number, note = ''): void {
    this.update(done, total, note, true);
    if (ansi) process.stdout.write('\n');
  }
}

export const fixed = (n: number, digits = 2) => n.toFixed(digits);

/** 4500 → "4,500" whatever the locale of the machine. */
export const amount = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
