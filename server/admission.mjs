// @ts-check
/**
 * Admission control for the production server: at most `concurrency` requests are handled at
 * once; the rest wait in arrival order, and each turn of the event loop starts only as many as
 * there are free places.
 *
 * Why: libuv accepts one new connection per turn of the event loop (libuv/libuv#3696), and
 * without a cap a turn lasts as long as the work it starts: every ready request on every open
 * connection. Under load (64 keep-alive connections, 8 ms of CPU a request) a turn took about
 * half a second, so a new connection waited one such turn for every connection queued before it
 * and some waited over 10 s. With the cap a turn is short, new connections are accepted promptly
 * and every request waits only for the requests that arrived before it.
 */

/**
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 * @typedef {(req: Request, res: Response) => unknown} Handler
 * @typedef {{ concurrency: number, maxQueue: number, headers?: Readonly<Record<string, string>> }} Options
 *   `headers` go on the answers admission gives itself (the 503 when the queue is full, a 500).
 * @typedef {Handler & { stats(): { active: number, queued: number } }} AdmittedHandler
 */

/**
 * Wraps `handler` so that at most `options.concurrency` requests run at once. A request arriving
 * while `options.maxQueue` already wait gets a 503 with Retry-After instead of an unbounded wait.
 * A waiting request whose client has gone is dropped without running.
 * @param {Handler} handler
 * @param {Options} options
 * @returns {AdmittedHandler}
 */
export function admit(handler, { concurrency, maxQueue, headers = {} }) {
  if (!(Number.isInteger(concurrency) && concurrency >= 1))
    throw new RangeError(`concurrency must be a whole number of at least 1, not ${concurrency}`);
  // Every request waits at least until the next turn, so a queue of 0 would refuse them all.
  if (!(Number.isInteger(maxQueue) && maxQueue >= 1))
    throw new RangeError(`maxQueue must be a whole number of at least 1, not ${maxQueue}`);

  /** @param {Response} res @param {number} status @param {string} error @param {Record<string, string>} [extra] */
  function sendError(res, status, error, extra = {}) {
    res.writeHead(status, {
      ...headers,
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...extra,
    });
    res.end(JSON.stringify({ error }));
  }

  let active = 0;
  /** @type {{ req: Request, res: Response }[]} */
  const waiting = [];
  let scheduled = false;

  /** @param {Request} req @param {Response} res */
  function run(req, res) {
    active++;
    // The response's 'close' follows its end, or a client gone mid-response. A response parked
    // behind another on a pipelined connection gets no 'close' when the connection is reset
    // (Node 20), so the socket's 'close' frees its place too.
    const socket = req.socket;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      res.off("close", release);
      socket.off("close", release);
      active--;
      schedule();
    };
    res.once("close", release);
    socket.once("close", release);
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((/** @type {unknown} */ error) => {
        console.error(`Failed to answer ${req.method} ${String(req.url).slice(0, 200)}:`, error);
        try {
          if (res.headersSent) res.destroy();
          else sendError(res, 500, "The server could not answer this request.");
        } catch {
          res.destroy();
        }
      });
  }

  // Waiting requests start on the next turn, after libuv has polled for new connections.
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      while (active < concurrency) {
        const next = waiting.shift();
        if (!next) return;
        if (!next.res.destroyed && !next.req.socket.destroyed) run(next.req, next.res);
      }
    });
  }

  /** @type {AdmittedHandler} */
  const admitted = (req, res) => {
    if (waiting.length >= maxQueue) {
      sendError(res, 503, "The server is busy; try again in a second.", { "retry-after": "1" });
      return;
    }
    waiting.push({ req, res });
    schedule();
  };
  admitted.stats = () => ({ active, queued: waiting.length });
  return admitted;
}
