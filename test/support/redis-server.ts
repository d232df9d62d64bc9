import { spawn, type ChildProcess } from 'node:child_process';
import IORedis from 'ioredis';
import { freePort } from './ports';
import { REDIS_URL } from './test-env';

const running = new Set<ChildProcess>();
// A Jest worker that dies mid-test must not leave redis-servers holding ports behind.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * A private, throw-away `redis-server` (no persistence) on a spare port, for
 * tests that stop, restart or wipe Redis. It refuses to wipe anything but
 * itself, so the shared Redis is never touched.
 */
export class RedisServer {
  private child?: ChildProcess;
  private output: string[] = [];

  private constructor(readonly port: number) {
    if (`redis://127.0.0.1:${port}` === REDIS_URL || port === 6379) throw new Error(`Refusing to manage the shared Redis on port ${port}`);
  }

  /** A new server on a free port, answering PING. */
  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  logs(): string {
    return this.output.join('');
  }

  /** (Re)starts the server on the same port, empty; resolves once it answers PING. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`redis-server on ${this.port} is already running`);
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    running.add(child);
    child.once('exit', () => running.delete(child));
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.splice(0, 100);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`redis-server exited during start-up on port ${this.port}:\n${this.logs()}`);
      if ((await this.command('PING').catch(() => null)) === 'PONG') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server not answering on port ${this.port} within 10 s:\n${this.logs()}`);
  }

  /** Stops the server (SIGKILL after `graceMs`); with no persistence, everything in it is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** FLUSHALL on this private server. */
  async flushAll(): Promise<void> {
    if ((await this.command('FLUSHALL')) !== 'OK') throw new Error('FLUSHALL did not answer OK');
  }

  /** One command on a short-lived connection that fails fast instead of retrying. */
  async command(name: string, ...args: Array<string | number>): Promise<unknown> {
    const client = new IORedis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null, connectTimeout: 1000 });
    client.on('error', () => undefined); // reported through the rejected command instead
    try {
      await client.connect();
      return await client.call(name, ...args);
    } finally {
      client.disconnect();
    }
  }
}
