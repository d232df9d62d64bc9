/**
 * Positioned text runs → lines in reading order. Runs whose vertical extents
 * overlap on a page make one line; a two-column page (a vertical band no run
 * crosses, with text on both sides) is read left column first, the way a
 * person reads it, so a sidebar's skills never glue onto an experience line.
 */
import type { CvLine, PageBox, PositionedText } from './cv.types';

/** Share of a page's runs allowed to cross the gutter (a full-width name or title). */
const CROSSING_SHARE = 0.12;
/** Each column must hold at least this share of the page's text. */
const MIN_COLUMN_SHARE = 0.12;
/** Lines of text each column must have. */
const MIN_COLUMN_LINES = 4;
/** A run that is only a date or a date range. */
const DATE_CELL = /^[\p{L}.]*\s*\d{1,4}(?:[/.-]\d{1,4})*\s*(?:[-–—]\s*(?:[\p{L}.']+\s*)?(?:\d{1,4}(?:[/.-]\d{1,4})*)?)?$/u;
/** The narrowest gutter, in points, that counts as one. */
const MIN_GUTTER = 12;

export interface ColumnSplit {
  /** x of the gutter's middle. */
  at: number;
}

export function buildLines(runs: readonly PositionedText[], pages: readonly PageBox[]): { lines: CvLine[]; twoColumn: boolean } {
  const body = bodyHeight(runs);
  const lines: CvLine[] = [];
  let twoColumn = false;
  for (const box of pages) {
    const onPage = runs.filter((run) => run.page === box.page && run.text.trim() !== '');
    const split = findColumns(onPage, box);
    if (!split) {
      lines.push(...toLines(onPage, 0, body));
      continue;
    }
    twoColumn = true;
    const crossing = onPage.filter((run) => run.x < split.at && run.x + run.width > split.at);
    const left = onPage.filter((run) => run.x + run.width <= split.at);
    const right = onPage.filter((run) => run.x >= split.at);
    const columnTop = Math.min(...[...left, ...right].map((run) => run.y));
    // Full-width runs above both columns are the page's header; the rest are read with the left column.
    const header = crossing.filter((run) => run.y < columnTop);
    const rest = crossing.filter((run) => run.y >= columnTop);
    lines.push(...toLines(header, 0, body), ...toLines([...left, ...rest], 0, body), ...toLines(right, 1, body));
  }
  return { lines, twoColumn };
}

/** The most common run height, weighted by text length: the body text. */
export function bodyHeight(runs: readonly PositionedText[]): number {
  const weight = new Map<number, number>();
  for (const run of runs) {
    const h = Math.round(run.height * 2) / 2;
    if (h > 0) weight.set(h, (weight.get(h) ?? 0) + run.text.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [h, w] of weight) if (w > bestWeight) [best, bestWeight] = [h, w];
  return best;
}

/**
 * The widest vertical band between 20 % and 80 % of the page width that (nearly)
 * no run crosses, when both sides hold enough text to be columns.
 */
export function findColumns(runs: readonly PositionedText[], box: PageBox): ColumnSplit | null {
  if (runs.length < 8) return null;
  const step = 2;
  const cells = Math.ceil(box.width / step);
  const crossings = new Array<number>(cells).fill(0);
  for (const run of runs) {
    const from = Math.max(0, Math.floor(run.x / step));
    const to = Math.min(cells - 1, Math.floor((run.x + run.width) / step));
    for (let c = from; c <= to; c++) crossings[c]++;
  }
  const allowed = Math.floor(runs.length * CROSSING_SHARE);
  const bands: Array<{ from: number; to: number }> = [];
  let start = -1;
  const lo = Math.floor(cells * 0.2);
  const hi = Math.ceil(cells * 0.8);
  for (let c = lo; c <= hi; c++) {
    const open = c < hi && crossings[c] <= allowed;
    if (open && start < 0) start = c;
    if (!open && start >= 0) {
      if ((c - start) * step >= MIN_GUTTER) bands.push({ from: start, to: c });
      start = -1;
    }
  }
  // The widest band with columns on both sides: a gap before right-aligned dates is not a gutter.
  bands.sort((a, b) => b.to - b.from - (a.to - a.from));
  for (const band of bands) {
    const at = ((band.from + band.to) / 2) * step;
    const left = runs.filter((run) => run.x + run.width <= at);
    const right = runs.filter((run) => run.x >= at);
    // Measured in characters: a gutter of section labels ("Work", "Skills") holds runs but little text.
    const chars = (list: readonly PositionedText[]) => list.reduce((n, run) => n + run.text.trim().length, 0);
    const total = chars(runs);
    // Dates printed at the right edge ("Jan 2021 - Current") are cells of the left text, whatever their alignment.
    const rightText = right.filter((run) => !DATE_CELL.test(run.text.trim()));
    if (chars(left) < total * MIN_COLUMN_SHARE || chars(rightText) < total * MIN_COLUMN_SHARE) continue;
    // Across real columns nothing runs between their top and bottom; a grid inside one column has text crossing it.
    const top = Math.min(...left.map((r) => r.y), ...right.map((r) => r.y));
    const bottom = Math.max(...left.map((r) => r.y), ...right.map((r) => r.y));
    const inside = runs.filter((run) => run.x < at && run.x + run.width > at && run.y > top && run.y < bottom).length;
    if (inside > Math.max(1, runs.length * 0.03)) continue;
    // A column is several lines tall; the third cell of a small grid ("French / Elementary") is not one.
    const lineCount = (list: readonly PositionedText[]) => new Set(list.map((run) => Math.round(run.y / Math.max(run.height, 1)))).size;
    if (lineCount(left) < MIN_COLUMN_LINES || lineCount(rightText) < MIN_COLUMN_LINES) continue;
    // Dates right-aligned at the page's edge end together but start anywhere: cells of the left text, not a column.
    const ends = right.map((run) => run.x + run.width);
    const starts = right.map((run) => run.x);
    if (Math.max(...ends) - Math.min(...ends) < 3 && Math.max(...starts) - Math.min(...starts) > 3) continue;
    // Columns run side by side: some left and right runs share a height.
    if (right.some((run) => left.some((l) => Math.abs(l.y - run.y) < run.height))) return { at };
  }
  return null;
}

/** Runs of one column → lines: grouped by vertical overlap, ordered top to bottom, then left to right. */
export function toLines(runs: readonly PositionedText[], column: number, body: number): CvLine[] {
  const sorted = [...runs].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    const anchor = last?.[0];
    const sameLine =
      anchor !== undefined && anchor.page === run.page && Math.abs(centre(anchor) - centre(run)) < Math.max(anchor.height, run.height) * 0.5;
    if (sameLine) last.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of group) {
      // pdf.js drops the spaces between runs: a gap wider than a fifth of the text height is one.
      const gap = run.x - end;
      // A wide gap on one line separates cells (a heading in a left gutter, tag chips, a right-aligned date).
      if (text !== '' && gap > Math.max(run.height * 1.2, 8)) text += CELL;
      else if (text !== '' && !/\s$/.test(text) && !/^\s/.test(run.text) && gap > run.height * 0.2) text += ' ';
      text += run.text;
      end = run.x + run.width;
    }
    const height = Math.max(...group.map((run) => run.height));
    return { text: text.replace(/\s+/g, ' ').replace(/^ · | · $/g, '').trim(), page: group[0].page, column, scale: Math.round((height / body) * 100) / 100 };
  }).filter((line) => line.text !== '');
}

const centre = (run: PositionedText): number => run.y + run.height / 2;

/** Written between the cells of a line: a separator for the matchers, readable in an evidence snippet. */
export const CELL = ' · ';
