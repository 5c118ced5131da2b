import { expect, test } from "@playwright/test";

test("/data lists the vocabularies, the licence and the current data version", async ({ page, request }) => {
  await page.goto("/data");
  for (const heading of ["Value kinds", "Date precision", "Roles", "Deal kinds"])
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Value kinds" }).getByRole("rowheader", { name: "up_to" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Roles" }).getByRole("rowheader", { name: "packaging_test_partner" }),
  ).toBeVisible();
  await expect(page.getByText("CC BY 4.0").first()).toBeVisible();
  const version = await page.getByTestId("data-version").textContent();
  const csv = await request.get("/api/deals.csv");
  expect(csv.headers()["x-data-version"]).toBe(version);
  const feed = (await (await request.get("/deals.json")).json()) as { _chip_deals: { data_version: string } };
  expect(feed._chip_deals.data_version).toBe(version);
  await expect(page.getByTestId("citation")).toContainText(`data version ${version}`);
  await expect(page.getByTestId("changelog").locator("li").first()).toContainText("10 deals");
});

test("a permalink to an old version says the data changed and links to the current one", async ({ page }) => {
  await page.goto("/data");
  const version = (await page.getByTestId("data-version").textContent())!;
  await page.goto(`/data?v=${version}`);
  await expect(page.getByTestId("version-current")).toBeVisible();
  await page.goto("/data?v=an-old-version");
  const note = page.getByTestId("version-changed");
  await expect(note).toContainText("has changed since version an-old-version");
  await expect(note.getByRole("link", { name: "cite the current version" })).toHaveAttribute(
    "href",
    `/data?v=${version}`,
  );
});
