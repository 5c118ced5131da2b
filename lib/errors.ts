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
