/**
 * The codes every lib shares: what the HTTP framework, the pipes, the guards' generic answers
 * and the input checks refuse. A lib's own rules have their own codes, declared next to the lib
 * (`<lib>-errors.ts`); every problem+json carries one as `code`, and `type` ends with it.
 */
export const CommonErrorCode = {
  /** class-validator refused fields (each listed in `errors`), or a path id that is not a UUID. */
  ValidationFailed: 'validation_failed',
  InvalidInput: 'invalid_input',
  InvalidJson: 'invalid_json',
  InvalidCursor: 'invalid_cursor',
  /** A NUL or an unpaired surrogate anywhere in the input (hostile-input hook). */
  InvalidText: 'invalid_text',
  InputTooDeep: 'input_too_deep',
  InvalidUrl: 'invalid_url',
  InvalidHttp: 'invalid_http',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  RouteNotFound: 'route_not_found',
  MethodNotAllowed: 'method_not_allowed',
  NotAcceptable: 'not_acceptable',
  RequestTimeout: 'request_timeout',
  Conflict: 'conflict',
  PayloadTooLarge: 'payload_too_large',
  UriTooLong: 'uri_too_long',
  UnsupportedMediaType: 'unsupported_media_type',
  RateLimited: 'rate_limited',
  HeadersTooLarge: 'headers_too_large',
  InternalError: 'internal_error',
  /** Postgres cannot be reached right now (503, Retry-After). */
  Unavailable: 'unavailable',
  NotReady: 'not_ready',
} as const;

/** Any lib's code: the problem filter only needs it to be a string; the OpenAPI document lists them all. */
export type ErrorCode = string;
