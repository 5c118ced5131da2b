export interface ParamIssue {
  param: string;
  message: string;
}

/** The one error type route handlers throw; lib/api/respond.ts turns it into JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 503,
    message: string,
    readonly issues: ParamIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} not found`);
