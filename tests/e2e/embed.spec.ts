import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { EMBED_PAGES } from "./pages";

// Only /embed/* may be framed, by any site (EMBED_FRAME_ANCESTORS defaults to *); every other
// page keeps frame-ancestors 'none' and X-Frame-Options. Checked in the headers and by framing
// both from a page on another origin.

const PARENT_PORT = Number(process.env.E2E_PARENT_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 10);
let parent: Server;

test.beforeAll(async ({ baseURL }) => {
  parent = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "/";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>parent</title><iframe id="f" src="${baseURL}${src}" width="900" height="700"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => parent.listen(PARENT_PORT, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => parent.close(() => resolve())));

test("embed pages allow framing; /deals refuses it", async ({ request }) => {
  for (const { path } of EMBED_PAGES) {
    const h = (await request.get(path)).headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors *");
    expect(h["content-security-policy"], path).not.toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBeUndefined();
  }
  for (const path of ["/deals", "/network", "/compare", "/data"]) {
    const h = (await request.get(path)).headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe("DENY");
  }
});

test("another site can frame /embed/network, which shows the chart without the site's chrome", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PARENT_PORT}/?src=${encodeURIComponent("/embed/network?company=xai")}`);
  const frame = page.frameLocator("#f");
  await expect(frame.getByTestId("network-svg")).toBeVisible();
  await expect(frame.locator("a[data-edge]").first()).toHaveAttribute("target", "_top");
  await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(frame.getByText(/Source: chip-deals, .*data version/)).toBeVisible();
});

test("another site can frame /embed/compare, and cannot frame /deals", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PARENT_PORT}/?src=${encodeURIComponent(EMBED_PAGES[1].path)}`);
  await expect(page.frameLocator("#f").getByTestId("compare-chart")).toBeVisible();
  await page.goto(`http://127.0.0.1:${PARENT_PORT}/?src=/deals`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // A refused frame shows the browser's error page, never the deals table.
  expect(frame).toBeDefined();
  expect(await frame!.locator("h1", { hasText: "Deals" }).count()).toBe(0);
  expect(await frame!.getByTestId("row-count").count()).toBe(0);
});
