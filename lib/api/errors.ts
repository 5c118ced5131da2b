import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  InvalidQueryError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  type ParamIssue,
} from "@/lib/errors";

/** An error as the API answers it; lib/api/respond.ts turns it into JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 503,
    message: string,
    readonly issues: ParamIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The one mapping from lib/'s errors to HTTP; null for anything else (a bug, or a database fault). */
export function apiErrorOf(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof NotFoundError) return new ApiError(404, error.message);
  if (error instanceof InvalidQueryError) return new ApiError(400, error.message, error.issues);
  if (error instanceof InvalidInputError) return new ApiError(400, error.message, error.issues);
  if (error instanceof UnauthenticatedError) return new ApiError(401, error.message);
  if (error instanceof ForbiddenError) return new ApiError(403, error.message);
  if (error instanceof ConflictError) return new ApiError(409, error.message, error.issues);
  if (error instanceof RateLimitedError) {
    return new ApiError(429, error.message, [], { "Retry-After": String(error.retryAfterSeconds) });
  }
  return null;
}
