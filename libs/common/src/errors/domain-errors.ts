/**
 * Typed domain errors. Services throw these; one exception filter maps them to
 * HTTP problem details (see http/problem-details.filter.ts), so no service
 * knows about status codes.
 */
export interface FieldError {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Does not exist, or belongs to someone else: the two are never told apart. */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  constructor(what = 'Resource') {
    super(`${what} not found`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

export class InvalidInputError extends DomainError {
  readonly code = 'invalid_input';
  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError(`${field}: ${message}`, [{ field, message }]);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

export class UnauthorizedError extends DomainError {
  readonly code = 'unauthorized';
}

/**
 * The request was fine but cannot be served right now (contention that outlasted
 * the retries, a dependency down). Answered 503 with `Retry-After`.
 */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'unavailable';
  constructor(
    message: string,
    readonly retryAfterSeconds = 1,
    options?: { cause?: unknown },
  ) {
    super(message);
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
