import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

/** Routes that never read the database answer even while it is down: public/'s files and the API document. */
const DATABASE_FREE = /^\/(?:icon\.svg|fonts\/[\w.-]+|api\/openapi\.json)$/;

/** Whether the route at `pathname` answers without the database. */
export function isDatabaseFree(pathname: string): boolean {
  return DATABASE_FREE.test(pathname);
}

/**
 * Why a request is malformed beyond what a route can answer, or null. Next answers these with a
 * bare 500 (a dynamic segment it cannot percent-decode, a router state header it cannot parse),
 * so proxy.ts turns them into 400s first.
 */
export function malformedRequest(pathname: string, headers: Headers): { param: string; message: string } | null {
  try {
    decodeURIComponent(pathname);
  } catch {
    return { param: "path", message: "malformed percent-encoding" };
  }
  const tree = headers.get("next-router-state-tree");
  if (tree !== null) {
    try {
      // Next's own parser, so the check matches what the render would do; private, so
      // request-guard.test.ts fails on a Next upgrade until someone re-checks it.
      parseAndValidateFlightRouterState(tree);
    } catch {
      return { param: "next-router-state-tree", message: "malformed router state" };
    }
  }
  return null;
}
