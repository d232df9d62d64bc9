import { spawn, type ChildProcess } from 'node:child_process';
import { distFile, ROOT } from './test-env';

/** One built app (api or worker) running as a real child process, its output kept for diagnosis. */
export class AppProcess {
  private child?: ChildProcess;
  private output: string[] = [];

  constructor(
    readonly app: 'api' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
    readonly healthUrl: string,
    /** Extra Node flags (the benchmarks add --cpu-prof). */
    private readonly nodeFlags: string[] = [],
  ) {}

  async start(): Promise<void> {
    this.output = [];
    this.child = spawn(process.execPath, ['--enable-source-maps', ...this.nodeFlags, distFile(this.app, 'main.js')], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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

  /** Sends `signal` and waits for the process to exit (SIGKILL after `graceMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 15000): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  private async waitReady(): Promise<void> {
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.app} exited during start-up:\n${this.logs()}`);
      try {
        const res = await fetch(this.healthUrl);
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.app} not ready within 30 s:\n${this.logs()}`);
  }
}
