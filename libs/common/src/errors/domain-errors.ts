import type { ErrorCode } from './common-errors';

/**
 * Typed domain errors. Services throw these; one exception filter maps them to
 * HTTP problem details (see http/problem-details.filter.ts), so no service
 * knows about status codes. The class says which status, the code (from the
 * throwing lib's `<lib>-errors.ts`) says which rule: a client tells two 409s
 * apart by it, and a reader greps it to the throw site.
 */
export interface FieldError {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Does not exist, or belongs to someone else: the two are never told apart. */
export class NotFoundError extends DomainError {
  constructor(code: ErrorCode, what = 'Resource') {
    super(code, `${what} not found`);
  }
}

export class ConflictError extends DomainError {}

export class InvalidInputError extends DomainError {
  static field(code: ErrorCode, field: string, message: string): InvalidInputError {
    return new InvalidInputError(code, `${field}: ${message}`, [{ field, message }]);
  }
}

export class ForbiddenError extends DomainError {}

export class UnauthorizedError extends DomainError {}

/**
 * The request was fine but cannot be served right now (contention that outlasted
 * the retries, a dependency down). Answered 503 with `Retry-After`.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly retryAfterSeconds = 1,
    options?: { cause?: unknown },
  ) {
    super(code, message);
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
