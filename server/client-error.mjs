// @ts-check
/**
 * Answers requests Node's HTTP parser rejects before any handler sees them. Node's default is a
 * bare 431 for an address or headers over 16 KiB and a bare 400 for the rest; this answers a
 * 400 (408 for a request that took too long to arrive) with a JSON body saying what was wrong,
 * and the security headers, then closes the connection.
 * @param {Readonly<Record<string, string>>} headers
 * @returns {(error: Error & { code?: string }, socket: import("node:stream").Duplex) => void}
 */
export function answerClientError(headers) {
  return (error, socket) => {
    // The client has gone, or a response is already under way: nothing can be said any more.
    if (
      error.code === "ECONNRESET" ||
      !socket.writable ||
      /** @type {{ _httpMessage?: unknown }} */ (socket)._httpMessage
    ) {
      socket.destroy();
      return;
    }
    const message =
      error.code === "HPE_HEADER_OVERFLOW"
        ? "The request's address and headers are too long: at most 16 KiB together."
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? "The request took too long to arrive."
          : "The request is not valid HTTP.";
    const status = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
    const body = JSON.stringify({ error: message });
    const lines = [
      `HTTP/1.1 ${status}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      "Content-Type: application/json; charset=utf-8",
      "Cache-Control: no-store",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Connection: close",
    ];
    // HTTP sockets allow half-open connections: close it fully once the answer is written.
    socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`, () => socket.destroy());
  };
}
