import { expect, test } from "@playwright/test";

// What a reader sees at a phone's and a desktop's width: the value of a deal on the first screen,
// titles naming the filters, totals per value kind, charts labelled by parties, theme and print.

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test("/deals sorted by value shows the first deal's Value on the first screen, no sideways scroll", async ({
      page,
    }) => {
      await page.goto("/deals?sort=-valueUsd");
      const table = page.getByRole("table", { name: "Deals matching the filters" });
      const firstRow = table.locator("tbody tr").first();
      await expect(firstRow).toContainText("SpaceX merges with xAI");
      const value = firstRow.locator('[data-cell="value"]');
      await expect(value).toContainText("valued at $1.25T");
      const box = (await value.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // The parties are on screen too, and the page is no wider than the screen.
      const parties = (await firstRow.locator('[data-cell="parties"]').boundingBox())!;
      expect(parties.x + parties.width).toBeLessThanOrEqual(viewport.width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Sorting still works from the header at either width.
      await expect(page.getByRole("columnheader", { name: /Value/ })).toHaveAttribute("aria-sort", "descending");
    });

    test("a company's deal values and roles fit the screen", async ({ page }) => {
      await page.goto("/companies/tesla");
      for (const cell of await page.locator('table [data-cell="value"], table [data-cell="parties"]').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
    });
  });
}

test("the page title and heading name the active filters; the table totals each value kind", async ({ page }) => {
  await page.goto("/deals?company=nvidia&from=2025&to=2025");
  await expect(page).toHaveTitle("Deals · Nvidia · 2025 · chip-deals");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deals · Nvidia · 2025");
  const totals = page.getByTestId("value-totals");
  await expect(totals).toContainText("Up-to ceiling");
  await expect(totals).toContainText("$500B");
  await expect(totals).not.toContainText("Valuation");

  await page.goto("/deals");
  await expect(page).toHaveTitle("Deals · chip-deals");
  await expect(page.getByTestId("value-totals")).toContainText("$1.25T");
  await page.goto("/timeline?type=event&company=tesla");
  await expect(page).toHaveTitle("Timeline · Tesla · Events only · chip-deals");
});

test("empty fields are left out of the URL on submit", async ({ page }) => {
  await page.goto("/deals");
  await page.getByLabel("Search").fill("samsung");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/deals\?q=samsung$/);
  // A hand-made URL with empty parameters is redirected to the same view without them.
  await page.goto("/deals?q=&from=&company=tesla&to=");
  await expect(page).toHaveURL(/\/deals\?company=tesla$/);
  await page.goto("/timeline?q=&type=deal");
  await expect(page).toHaveURL(/\/timeline\?type=deal$/);
});

test("the overview's chart has a round-ticked axis, parties as labels and a log option in the URL", async ({
  page,
}) => {
  await page.goto("/");
  const bars = page.getByTestId("value-bars");
  await expect(bars).toHaveAttribute("data-scale", "linear");
  await expect(bars).toContainText("Tesla → Samsung Electronics");
  await expect(bars).toContainText("$500B");
  await expect(bars).toContainText("$1T");
  await page.getByRole("link", { name: /show log/ }).click();
  await expect(page).toHaveURL(/\?scale=log$/);
  await expect(bars).toHaveAttribute("data-scale", "log");
  for (const tick of ["$1B", "$10B", "$100B", "$1T"]) await expect(bars).toContainText(tick);
});

test("compare labels bars with the parties and counts each company's deals once", async ({ page }) => {
  await page.goto(
    "/compare?deal=tesla-samsung-ai6-foundry&deal=nvidia-us-ai-infrastructure&deal=spacex-xai-merger&deal=meta-amd-instinct",
  );
  const chart = page.getByTestId("compare-chart");
  await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(4);
  await expect(chart).toContainText("Tesla → Samsung");
  const ticks = (await chart.locator(".recharts-cartesian-axis-tick-value").allTextContents()).filter((t) =>
    t.startsWith("$"),
  );
  expect(ticks).toEqual(["$0", "$500B", "$1T", "$1.5T"]);
  const roles = page.getByTestId("company-role-chart");
  await expect(roles.locator(".recharts-bar-rectangle")).toHaveCount(12);
  await expect(roles).not.toContainText("$");
  await expect(roles).toContainText("Packaging & test partner");
});

test("the theme toggle cycles system, light, dark and keeps the choice across pages", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/deals");
  const html = page.locator("html");
  await expect(html).not.toHaveAttribute("data-theme");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByTestId("theme-toggle").click(); // → light
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.getByTestId("theme-toggle").click(); // → dark
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  // The server renders the choice: no flash of the light theme on the next page.
  const response = await page.request.get("/timeline");
  expect(await response.text()).toMatch(/<html[^>]*data-theme="dark"/);
  await page.goto("/timeline");
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);
  await page.getByTestId("theme-toggle").click(); // → system
  await expect(html).not.toHaveAttribute("data-theme");
  expect(await background()).toBe(light);
});

test("print shows the content alone, full width, with source URLs", async ({ page }) => {
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.goto("/deals");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("search", { name: "Filters" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Compare selected" })).toBeHidden();
  await expect(page.locator("tbody input[type=checkbox]").first()).toBeHidden();
  const table = page.getByRole("table", { name: "Deals matching the filters" });
  await expect(table).toBeVisible();
  // Printed light, whatever the screen's scheme.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");

  await page.goto("/deals/tesla-samsung-ai6-foundry");
  const after = await page
    .locator("a[data-print-url]")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("/articles/samsung-wins-tesla-ai6-chip-order#");
  await page.goto("/companies/tesla");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator("table")).toBeVisible();
});
