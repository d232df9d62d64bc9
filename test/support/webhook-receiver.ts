import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What a path answers to its n-th request (0-based); `delayMs` holds the answer back (timeouts). */
export type Behaviour = (n: number) => { status: number; headers?: Record<string, string>; delayMs?: number; body?: string };

/**
 * An HTTP receiver inside the test process: each path has its behaviour
 * (fail, time out, 410, 429 …) and every request is kept for the assertions.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly behaviours = new Map<string, Behaviour>();
  private readonly counts = new Map<string, number>();
  private server!: Server;

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    receiver.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        receiver.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        const n = receiver.counts.get(path) ?? 0;
        receiver.counts.set(path, n + 1);
        const answer: ReturnType<Behaviour> = (receiver.behaviours.get(path) ?? (() => ({ status: 204 })))(n);
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(answer.status, answer.headers).end(answer.body ?? '');
        };
        if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
        else send();
      });
    });
    receiver.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  on(path: string, behaviour: Behaviour): void {
    this.behaviours.set(path, behaviour);
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The payload if `standardwebhooks` (not our code) accepts the signature with `secret`; throws otherwise. */
export function verified(secret: string, r: Received): { type: string; timestamp: string; data: Record<string, unknown> } {
  return new Webhook(secret).verify(r.body, {
    'webhook-id': r.headers['webhook-id'] as string,
    'webhook-timestamp': r.headers['webhook-timestamp'] as string,
    'webhook-signature': r.headers['webhook-signature'] as string,
  }) as { type: string; timestamp: string; data: Record<string, unknown> };
}

/** Polls `read` until `done`; on timeout, throws with the last value. */
export async function waitFor<T>(what: string, read: () => Promise<T> | T, done: (v: T) => boolean, timeoutMs = 20_000, intervalMs = 100): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms; last value ${JSON.stringify(value)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
