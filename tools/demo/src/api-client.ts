/**
 * The demo's only way into the platform: the project's generated HTTP client
 * (@embauche/api-client), as any client of API.md would use it. Problems come
 * back as DemoError with one line to print; 429s are waited out as the
 * Retry-After header asks.
 */
import { createApiClient, type ApiClient as GeneratedClient } from '@embauche/api-client';

/** A failure the demo explains in one line (no stack trace). */
export class DemoError extends Error {}

export interface ApiClientOptions {
  /** Told about every wait on a 429, so the user knows why nothing moves. */
  onRateLimited?: (path: string, waitSeconds: number) => void;
  /** How many 429s in a row one request may wait out. */
  maxRetries?: number;
}

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The generated client (@embauche/api-client) with the demo's waits on 429 and one-line failures. */
export class ApiClient {
  readonly apiBase: string;
  readonly http: GeneratedClient;

  constructor(
    readonly baseUrl: string,
    private readonly options: ApiClientOptions = {},
  ) {
    this.apiBase = `${baseUrl}/api/v1`;
    this.http = createApiClient(baseUrl, { fetch: (request) => this.withRetries(request) });
  }

  /** The parsed body of a 2xx answer; anything else becomes a DemoError naming the request and the problem. */
  async data<T>(answer: Promise<Answer<T>>): Promise<T> {
    const { data, error, response } = await answer;
    if (!response.ok) {
      const url = new URL(response.url || this.apiBase);
      throw new DemoError(`${url.pathname.replace('/api/v1', '')} answered ${response.status}: ${describeProblem(error)}`);
    }
    return data as T;
  }

  /** Every request of the generated client goes through here: 429s are waited out as Retry-After asks. */
  private async withRetries(request: Request): Promise<Response> {
    const maxRetries = this.options.maxRetries ?? 6;
    for (let attempt = 0; ; attempt++) {
      const res = await this.send(request.url, request.clone());
      if (res.status !== 429 || attempt >= maxRetries) return res;
      const wait = retryAfterSeconds(res.headers.get('retry-after'));
      await res.body?.cancel();
      this.options.onRateLimited?.(new URL(request.url).pathname.replace('/api/v1', ''), wait);
      await sleep(wait * 1000);
    }
  }

  /** `fetch`, with a refused connection turned into the message a user can act on. */
  async send(url: string, init: RequestInit | Request = {}): Promise<Response> {
    try {
      return await fetch(init instanceof Request ? new Request(init, { signal: AbortSignal.timeout(30_000) }) : new Request(url, { ...init, signal: AbortSignal.timeout(30_000) }));
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

/** The Authorization header of a signed-in user, for one request. */
export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

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

function describeProblem(error: unknown): string {
  if (typeof error === 'string') return error.slice(0, 300) || '(empty body)';
  const problem = error as { title?: string; detail?: string; errors?: Array<{ field: string; message: string }> } | undefined;
  const fields = problem?.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return [problem?.title, problem?.detail, fields].filter(Boolean).join(' — ') || JSON.stringify(error ?? null).slice(0, 300);
}

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
