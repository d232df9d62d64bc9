import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { forbiddenAddress, guardedLookup } from './ssrf-guard';

export interface SendResult {
  /** Null when no HTTP answer came. */
  statusCode: number | null;
  headers: IncomingHttpHeaders;
  latencyMs: number;
  excerpt: string | null;
  error: string | null;
}

const EXCERPT = 1000;

/**
 * POSTs one webhook: no redirect is followed (a 3xx is a failure like any
 * non-2xx), the whole exchange is bounded by `timeoutMs`, and unless private
 * networks are allowed every address connected to is checked by the agent's
 * lookup (IP literals, which skip the lookup, are checked here).
 */
export class WebhookSender {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;

  constructor(
    private readonly timeoutMs: number,
    private readonly allowPrivateNetworks: boolean,
  ) {
    const lookup = allowPrivateNetworks ? undefined : guardedLookup;
    this.http = new HttpAgent({ keepAlive: true, maxSockets: 64, lookup });
    this.https = new HttpsAgent({ keepAlive: true, maxSockets: 64, lookup });
  }

  send(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const started = performance.now();
    const done = (r: Omit<SendResult, 'latencyMs'>): SendResult => ({ ...r, latencyMs: Math.round(performance.now() - started) });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return Promise.resolve(done({ statusCode: null, headers: {}, excerpt: null, error: 'invalid URL' }));
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!this.allowPrivateNetworks && isIP(host)) {
      const why = forbiddenAddress(host);
      if (why) return Promise.resolve(done({ statusCode: null, headers: {}, excerpt: null, error: `Refused destination: ${why}` }));
    }
    const secure = target.protocol === 'https:';
    return new Promise((resolve) => {
      let settled = false;
      const finish = (r: Omit<SendResult, 'latencyMs'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(done(r));
      };
      const req = (secure ? httpsRequest : httpRequest)(
        target,
        {
          method: 'POST',
          agent: secure ? this.https : this.http,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), 'user-agent': 'Embauche-Webhooks/1', ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < EXCERPT) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () =>
            finish({ statusCode: res.statusCode ?? null, headers: res.headers, excerpt: Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT) || null, error: null }),
          );
          res.on('error', (e) => finish({ statusCode: res.statusCode ?? null, headers: res.headers, excerpt: null, error: e.message }));
        },
      );
      // The whole exchange, not only the connection: a receiver that trickles its answer is cut off too.
      const timer = setTimeout(() => {
        req.destroy(new Error(`no complete answer within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      req.on('error', (e) => finish({ statusCode: null, headers: {}, excerpt: null, error: e.message }));
      req.end(body);
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
