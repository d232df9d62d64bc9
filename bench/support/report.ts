/**
 * How a benchmark reports: every figure next to the baseline measured in the
 * same run, their ratio, the target and whether it was met. The runner
 * collects the rows into the markdown table printed at the end.
 */
import { arch, cpus, platform, totalmem } from 'node:os';
import type { Scale } from './bench-env';

export type Verdict = 'PASS' | 'MISS' | 'info';

export interface Figure {
  benchmark: string;
  metric: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

export interface BenchContext {
  /** The migrated and seeded database each benchmark clones. */
  template: string;
  scale: Scale;
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function num(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ms(value: number): string {
  return `${num(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${num(value, value < 10 ? 2 : 1)}×` : 'n/a';
}

export function pct(value: number): string {
  return `${num(value * 100, 1)} %`;
}

export function verdict(ok: boolean): Verdict {
  return ok ? 'PASS' : 'MISS';
}

/** One line per figure, as the benchmark goes. */
export function printFigure(f: Figure): void {
  const tag = f.verdict === 'info' ? '    ' : f.verdict;
  console.log(`  ${tag}  ${f.metric}: ${f.value}  |  baseline: ${f.baseline}  |  ratio: ${f.ratio}  |  target: ${f.target}`);
}

export function machineLine(extra: string[] = []): string {
  const cpu = cpus();
  const gib = (totalmem() / 2 ** 30).toFixed(1);
  return [`${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${gib} GiB`, `Node ${process.version} (${platform()} ${arch()})`, ...extra].join(' · ');
}

export function summaryTable(figures: readonly Figure[], machine: string, notes: readonly string[]): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `Machine: ${machine}`,
    '',
    '| benchmark | figure | value | baseline (same run) | ratio | target | result |',
    '|---|---|---|---|---|---|---|',
    ...figures.map((f) => `| ${[f.benchmark, f.metric, f.value, f.baseline, f.ratio, f.target, f.verdict === 'info' ? '–' : f.verdict].map(escape).join(' | ')} |`),
  ];
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
