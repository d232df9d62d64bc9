/**
 * The demo's only way into the platform: plain HTTP with global `fetch`, as
 * any client of API.md would do it. Problems come back as DemoError with one
 * line to print; 429s are waited out as the Retry-After header asks.
 */

/** A failure the demo explains in one line (no stack trace). */
export class DemoError extends Error {}

export interface ApiClientOptions {
  /** Told about every wait on a 429, so the user knows why nothing moves. */
  onRateLimited?: (path: string, waitSeconds: number) => void;
  /** How many 429s in a row one request may wait out. */
  maxRetries?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

export class ApiClient {
  readonly apiBase: string;

  constructor(
    readonly baseUrl: string,
    private readonly options: ApiClientOptions = {},
  ) {
    this.apiBase = `${baseUrl}/api/v1`;
  }

  get<T>(path: string, token?: string): Promise<T> {
    return this.request<T>('GET', path, undefined, token);
  }

  post<T>(path: string, body: unknown, token?: string): Promise<T> {
    return this.request<T>('POST', path, body, token);
  }

  put<T>(path: string, body: unknown, token?: string): Promise<T> {
    return this.request<T>('PUT', path, body, token);
  }

  /** Sends one request under /api/v1 and returns the parsed JSON of a 2xx answer. */
  async request<T>(method: Method, path: string, body?: unknown, token?: string): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const maxRetries = this.options.maxRetries ?? 6;
    for (let attempt = 0; ; attempt++) {
      const res = await this.send(`${this.apiBase}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if (res.status === 429 && attempt < maxRetries) {
        const wait = retryAfterSeconds(res.headers.get('retry-after'));
        await res.body?.cancel();
        this.options.onRateLimited?.(path, wait);
        await sleep(wait * 1000);
        continue;
      }
      const text = await res.text();
      if (!res.ok) throw new DemoError(`${method} ${path} answered ${res.status}: ${describeProblem(text)}`);
      return (text ? JSON.parse(text) : undefined) as T;
    }
  }

  /** `fetch`, with a refused connection turned into the message a user can act on. */
  async send(url: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new DemoError(`${init.method ?? 'GET'} ${url} got no answer within 30 s: the platform is overloaded or stuck; see its logs.`);
      }
      throw new DemoError(
        `The Embauche API does not answer at ${this.baseUrl} (${reason(error)}). ` +
          'Start it with `npm start` in another terminal (API and worker), or point DEMO_API_URL at a running one.',
      );
    }
  }
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.max(1, Math.ceil(seconds));
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(1, Math.ceil((date - Date.now()) / 1000));
  }
  return 5;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function describeProblem(text: string): string {
  try {
    const problem = JSON.parse(text) as { title?: string; detail?: string; errors?: Array<{ field: string; message: string }> };
    const fields = problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
    return [problem.title, problem.detail, fields].filter(Boolean).join(' — ') || text.slice(0, 300);
  } catch {
    return text.slice(0, 300) || '(empty body)';
  }
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
