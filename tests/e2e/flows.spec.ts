import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test("timeline → deal → source: the cited Dutch sentence is highlighted in its article", async ({ page }) => {
  await page.goto("/timeline");
  const july = page.getByRole("region", { name: "July 2025" });
  // A month-precision date is shown as the month, never with a made-up day.
  await expect(
    july.getByRole("article").filter({ hasText: "Samsung to make Tesla's AI6 chip in Texas" }),
  ).toContainText("Jul 2025");
  await july.getByRole("link", { name: "Samsung to make Tesla's AI6 chip in Texas" }).click();

  await expect(page).toHaveURL(/\/deals\/tesla-samsung-ai6-foundry$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samsung to make Tesla's AI6 chip in Texas");
  await expect(page.getByRole("region", { name: "Value" })).toContainText("$16.5B");
  await page.getByRole("link", { name: "See the sentence" }).click();

  await expect(page).toHaveURL(/\/articles\/samsung-wins-tesla-ai6-chip-order#deal--tesla-samsung-ai6-foundry--value$/);
  const focused = page.locator("mark[data-focus]");
  await expect(focused.first()).toBeVisible();
  expect((await focused.allTextContents()).join("")).toContain("ter waarde van 16,5 miljard dollar");
  await expect(page.locator("#deal--tesla-samsung-ai6-foundry--value")).toBeAttached();
});

test("deals table: filter → URL → reload keeps it → sort → CSV holds exactly the rows shown", async ({ page }) => {
  await page.goto("/deals");
  await expect(page.getByTestId("row-count")).toHaveText("10");

  await page.getByText("Companies:").click();
  await page.getByRole("checkbox", { name: "Tesla", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]company=tesla(&|$)/);
  await expect(page.getByTestId("row-count")).toHaveText("3");

  await page.reload();
  await expect(page.getByTestId("row-count")).toHaveText("3");
  await expect(page.locator("summary", { hasText: "Companies:" })).toContainText("Tesla");
  await expect(page.locator('input[name="company"][value="tesla"]')).toBeChecked();

  await page.getByRole("link", { name: "Value: sort descending" }).click();
  await expect(page).toHaveURL(/sort=-valueUsd/);
  await expect(page.getByRole("columnheader", { name: /Value/ })).toHaveAttribute("aria-sort", "descending");
  const table = page.getByRole("table", { name: "Deals matching the filters" });
  const shown = await table
    .locator("tbody tr td:nth-child(3) a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!.replace("/deals/", "")));
  expect(shown).toHaveLength(3);
  expect(shown[0]).toBe("tesla-samsung-ai6-foundry"); // $16.5B, the largest Tesla deal

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^chip-deals_company-tesla_\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await readFile((await download.path())!, "utf8"), { columns: true }) as { slug: string }[];
  expect(rows.map((r) => r.slug)).toEqual(shown);
});

test("an unknown filter value gives a readable message, not an error page", async ({ page }) => {
  const response = await page.goto("/deals?from=2025-13&colour=red");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "could not be used" });
  await expect(alert).toContainText("from");
  await expect(alert).toContainText("colour");
  await expect(page.getByTestId("row-count")).toHaveText("10");
});

test("a cursor that is not one, or was made for another sort, gives the first page of the same view and a message", async ({
  page,
}) => {
  await page.goto("/deals?company=tesla");
  const teslaDeals = await page.getByTestId("row-count").textContent();
  const firstRows = await page.getByRole("row").allTextContents();
  for (const cursor of ["tesla", "%00%E2%80%AE"]) {
    const response = await page.goto(`/deals?company=tesla&cursor=${cursor}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText("cursor");
    // The company filter is kept, and the rows are its first page.
    await expect(page.getByTestId("row-count")).toHaveText(teslaDeals!);
    expect(await page.getByRole("row").allTextContents()).toEqual(firstRows);
  }
  const api = await page.request.get("/api/deals?limit=1&sort=title");
  const { nextCursor } = (await api.json()) as { nextCursor: string };
  await page.goto(`/deals?sort=-valueUsd&cursor=${nextCursor}`);
  // Next adds its own (empty) role=alert route announcer once hydrated.
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText("another sort order");
  await expect(page.getByTestId("row-count")).toHaveText("10");
});

test("compare: deals ticked in the table become one bar each; the log toggle changes the axis", async ({ page }) => {
  await page.goto("/deals");
  for (const title of [
    "Samsung to make Tesla's AI6 chip in Texas",
    "Nvidia plans up to $500B of AI infrastructure to be built in the US by partners",
    "SpaceX merges with xAI",
  ]) {
    await page.getByRole("checkbox", { name: `Compare ${title}` }).check();
  }
  await page.getByRole("button", { name: "Compare selected" }).click();
  await expect(page).toHaveURL(/\/compare\?deal=.+&deal=.+&deal=.+/);

  const chart = page.getByTestId("compare-chart");
  await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(3);
  await expect(chart).toContainText("up to $500B");
  await expect(chart).toContainText("valued at $1.25T");
  // Value-axis labels are the tick labels in dollars (the other axis holds deal titles).
  // The tooltip gives the exact amount, its currency, the kind and the date.
  const tooltips: string[] = [];
  for (let i = 0; i < 3; i++) {
    await chart.locator(".recharts-bar-rectangle").nth(i).hover();
    await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText("USD");
    tooltips.push(await chart.locator(".recharts-tooltip-wrapper").innerText());
  }
  expect(tooltips.find((t) => t.includes("Nvidia"))).toMatch(
    /up to \$500B · Up-to ceiling\s+\$500,000,000,000 USD\s+Apr 2025/,
  );

  const ticks = async () =>
    (await chart.locator(".recharts-cartesian-axis-tick-value").allTextContents()).filter((t) => t.startsWith("$"));
  const linear = await ticks();
  expect(linear[0]).toBe("$0");

  await page.getByRole("button", { name: /Log scale/ }).click();
  await expect(page.getByRole("button", { name: /Log scale/ })).toHaveAttribute("aria-pressed", "true");
  await expect(chart).toHaveAttribute("data-scale", "log");
  await expect.poll(ticks).toEqual(["$10B", "$100B", "$1T"]);
  await expect(page).toHaveURL(/scale=log/);

  await page.reload();
  await expect(page.getByRole("button", { name: /Log scale/ })).toHaveAttribute("aria-pressed", "true");
  await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(3);
  // The same numbers are reachable without the chart.
  await page.getByRole("figure", { name: "3 deals side by side" }).getByText("Show the data as a table").click();
  await expect(page.getByRole("table", { name: "The compared deals" }).getByRole("row")).toHaveCount(4);
});

test("an unknown slug is a real 404 page", async ({ page }) => {
  for (const path of ["/deals/no-such-deal", "/companies/no-such-company", "/articles/no-such-article"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  }
});

test("the table can be sorted and a deal opened with the keyboard alone", async ({ page }) => {
  await page.goto("/deals");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const sortByTitle = page.getByRole("link", { name: "Deal: sort ascending" });
  await sortByTitle.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=title/);
  const first = page.getByRole("table").locator("tbody tr").first().getByRole("link").first();
  await expect(first).toHaveText("Meta to buy AMD Instinct AI chips, with a warrant for 160 million AMD shares");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/deals\/meta-amd-instinct$/);
});

test("timeline filters live in the URL and survive a reload", async ({ page }) => {
  await page.goto("/timeline");
  await page.getByLabel("Show").selectOption("event");
  await page.locator("summary", { hasText: "Companies:" }).click();
  await page.getByRole("checkbox", { name: "Nvidia", exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/company=nvidia/);
  await expect(page).toHaveURL(/type=event/);
  await page.reload();
  const items = page.getByRole("article");
  await expect(items.first()).toBeVisible();
  for (const text of await items.allTextContents()) {
    expect(text).toContain("Event ·");
    expect(text).toContain("Nvidia");
  }
  await expect(page.getByLabel("Show")).toHaveValue("event");
});
