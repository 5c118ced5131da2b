import { ApiError } from "./errors";

/** A request's JSON body, or a 400 naming what is wrong with it. Bodies are capped at `maxBytes`. */
export async function readJsonBody(request: Request, maxBytes = 2_000_000): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError(400, "Send the body as JSON", [
      { param: "body", message: "Content-Type must be application/json" },
    ]);
  }
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > maxBytes) {
    throw new ApiError(400, "Body too large", [{ param: "body", message: `at most ${maxBytes} bytes` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "Body is not valid JSON", [{ param: "body", message: "not valid JSON" }]);
  }
}
