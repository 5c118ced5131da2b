// The errors lib/ throws, in the domain's words. lib/api/errors.ts turns them into HTTP answers
// in one place, so no domain module needs to know about status codes.

export interface ParamIssue {
  param: string;
  message: string;
}

/** A record named by slug does not exist: a 404 on the API, the not-found page on a page. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** Query parameters that cannot be used, one issue per parameter: a 400 naming each. */
export class InvalidQueryError extends Error {
  constructor(readonly issues: ParamIssue[]) {
    super("Invalid query parameters");
    this.name = "InvalidQueryError";
  }
}

/** Input that breaks the rules (a request body, a review): a 400 naming each problem. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly issues: ParamIssue[] = [],
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

/** The request clashes with what is stored (the same article again, an ingest no longer pending): a 409. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly issues: ParamIssue[] = [],
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A write without a valid session: a 401. */
export class UnauthenticatedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnauthenticatedError";
  }
}

/** A write refused whoever sends it (ingest off, another site's page): a 403. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Too many failed attempts: a 429 with Retry-After. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}
