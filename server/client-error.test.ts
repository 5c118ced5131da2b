import { once } from "node:events";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientError } from "./client-error.mjs";

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.end("ok"));
  server.on("clientError", answerClientError({ "X-Content-Type-Options": "nosniff" }));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends raw bytes and reads until the server closes the connection. */
async function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
  const socket = net.connect(port, "127.0.0.1");
  await once(socket, "connect");
  socket.write(request);
  let text = "";
  for await (const chunk of socket) text += String(chunk);
  const [head = "", body = ""] = text.split("\r\n\r\n");
  return { status: Number(head.split(" ")[1]), headers: head.toLowerCase(), body };
}

describe("answerClientError", () => {
  it("answers an address over 16 KiB with a 400 JSON saying so, not a bare 431", async () => {
    const res = await raw(`GET /deals?company=${"x".repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      error: "The request's address and headers are too long: at most 16 KiB together.",
    });
    expect(res.headers).toContain("x-content-type-options: nosniff");
    expect(res.headers).toContain("content-type: application/json");
  });

  it("answers bytes that are not HTTP with a 400 JSON", async () => {
    const res = await raw("GARBAGE \u0000\r\n\r\n");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: "The request is not valid HTTP." });
  });

  it("leaves good requests alone", async () => {
    const res = await fetch(`http://127.0.0.1:${port}/?q=${"y".repeat(8_000)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });
});
