import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "@/lib/security/headers";
import { config, proxy } from "@/proxy";

// The proxy in-process: which headers each kind of answer gets. tests/e2e/security-headers.spec.ts
// checks the real responses of the production server, and that pages still hydrate under the CSP.

const call = (path: string, headers: HeadersInit = {}) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers }));

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("permissions-policy")).toContain("camera=()");
  expect(response.headers.get("x-powered-by")).toBeNull();
}

describe("proxy headers", () => {
  it("gives pages a nonce CSP, fresh for every request, and hands it to Next on the request", async () => {
    const [a, b] = [await call("/"), await call("/deals?company=tesla")];
    for (const response of [a, b]) {
      expectSecurityHeaders(response);
      const csp = response.headers.get("content-security-policy")!;
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
      // NextResponse.next({ request: { headers } }) passes overridden request headers this way.
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    }
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy")!)![1];
    expect(nonce(a)).not.toBe(nonce(b));
  });

  it("gives API routes and the CSV download a policy that loads nothing", async () => {
    for (const path of ["/api/deals", "/api/deals.csv?dialect=excel-nl", "/api/openapi.json", "/api/nope"]) {
      const response = await call(path);
      expectSecurityHeaders(response);
      expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    }
  });

  it("answers a malformed path or router state header with 400, not Next's 500", async () => {
    const api = await call("/api/deals/%E0%A4%A");
    expect(api.status).toBe(400);
    expectSecurityHeaders(api);
    expect(await api.json()).toEqual({
      error: "Bad request",
      issues: [{ param: "path", message: "malformed percent-encoding" }],
    });
    const page = await call("/%ff");
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("<h1>Bad request</h1>");
    const tree = await call("/", { RSC: "1", "Next-Router-State-Tree": "%5B1%2C2%5D" });
    expect(tree.status).toBe(400);
    const fine = await call("/", {
      RSC: "1",
      "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])),
    });
    expect(fine.headers.get("x-middleware-next")).toBe("1");
  });

  it("allows eval only in development", () => {
    expect(pageContentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy("n", false)).not.toContain("unsafe-eval");
  });
});

describe("GET /api/deals, which the proxy does not run for", () => {
  // Next anchors a matcher and tests the path against it.
  const proxied = (path: string) => new RegExp(`^${config.matcher[0]}$`).test(path);

  it("is the one API path the proxy's matcher leaves out", () => {
    expect(proxied("/api/deals")).toBe(false);
    for (const path of ["/api/deals.csv", "/api/deals/tesla-samsung-ai6-foundry", "/api/stats", "/deals", "/"])
      expect(proxied(path), path).toBe(true);
  });

  it("sets the security headers itself, and refuses a malformed request as the proxy does", async () => {
    const { GET } = await import("@/app/api/deals/route");
    const answer = await GET(new Request("http://localhost/api/deals?limit=1"));
    expect(answer.status).toBe(200);
    expectSecurityHeaders(answer);
    expect(answer.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    const tree = { "Next-Router-State-Tree": "%5B1%2C2%5D" };
    const refused = await GET(new Request("http://localhost/api/deals", { headers: tree }));
    expect(refused.status).toBe(400);
    expectSecurityHeaders(refused);
    expect(await refused.json()).toEqual(await (await call("/api/deals", tree)).json());
  });
});
