/**
 * One built app (api or worker) as a child process, as test/support's
 * AppProcess does, plus what a benchmark needs: BENCH_CPU_PROF=1 starts it
 * under `node --cpu-prof` (profiles land in .bench/profiles when it exits).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { distFile, ROOT } from './bench-env';

export class AppProcess {
  private child?: ChildProcess;
  private output: string[] = [];

  constructor(
    readonly app: 'api' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
    readonly healthUrl: string,
  ) {}

  async start(): Promise<void> {
    const flags = ['--enable-source-maps'];
    if (process.env.BENCH_CPU_PROF === '1') {
      const dir = `${ROOT}/.bench/profiles`;
      mkdirSync(dir, { recursive: true });
      flags.push('--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${this.app}-${Date.now()}.cpuprofile`);
    }
    this.child = spawn(process.execPath, [...flags, distFile(this.app, 'main.js')], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 400) this.output.splice(0, 200);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    await this.waitReady();
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  logs(): string {
    return this.output.join('');
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 15000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.app} exited during start-up:\n${this.logs()}`);
      try {
        if ((await fetch(this.healthUrl)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.app} not ready within 60 s:\n${this.logs()}`);
  }
}
