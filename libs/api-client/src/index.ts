import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths } from './schema';
export type { Middleware } from 'openapi-fetch';

/** A response shape by its OpenAPI name, e.g. `Schema<'PostingResponse'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** A bearer token, or a function read before each request (a session that refreshes its token). */
  token?: string | (() => string | undefined);
  /** Extra middleware (the browser session adds refresh-and-retry here). */
  middleware?: Middleware[];
  /** For tests and servers; defaults to the global fetch. */
  fetch?: (input: Request) => Promise<Response>;
  /** `include` sends cookies to the same origin (the browser session's refresh cookie). */
  credentials?: RequestInit['credentials'];
}

/**
 * The one typed client of the HTTP API. `baseUrl` is the origin (`http://localhost:3000`, or `''`
 * in the browser, same origin): the generated paths already start with `/api/v1`.
 */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({ baseUrl, fetch: options.fetch, credentials: options.credentials });
  const { token } = options;
  if (token) {
    client.use({
      onRequest({ request }) {
        const value = typeof token === 'function' ? token() : token;
        if (value) request.headers.set('Authorization', `Bearer ${value}`);
        return request;
      },
    });
  }
  for (const middleware of options.middleware ?? []) client.use(middleware);
  return client;
}
