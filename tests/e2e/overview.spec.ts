import { expect, test } from "@playwright/test";

test("the overview keeps value kinds apart and shows the largest deals with qualified values", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "AI-chip supply deals" })).toBeVisible();
  const totals = page.getByRole("region", { name: "Value tracked, by kind of value and kind of deal" });
  await expect(totals).toContainText("Firm value");
  // Each total says what it adds; Samsung's background $40B investment is not in it.
  await expect(page.getByTestId("headline-firm")).toHaveText(
    "Firm values: 4 deals (1 funding round, 1 foundry / manufacturing contract and 2 strategic investments)",
  );
  await expect(totals).toContainText("$40.5B");
  await expect(totals).not.toContainText("$80.5B");
  await expect(page.getByTestId("headline-target")).toContainText("1 planned share offering");
  await expect(totals).toContainText("Up-to ceiling");
  await expect(totals).toContainText("$500B");
  const largest = page.getByRole("figure", { name: "Largest deals" });
  await expect(largest.getByRole("listitem").filter({ hasText: "Nvidia plans up to $500B" })).toContainText(
    "up to $500B",
  );
  await expect(largest.getByRole("listitem").filter({ hasText: "SpaceX merges with xAI" })).toContainText(
    "valued at $1.25T",
  );
  await expect(largest.getByRole("listitem").filter({ hasText: "Meta to buy AMD" })).toContainText("≈ $100B");
  await expect(page.getByRole("region", { name: "Latest deals" }).getByRole("article")).toHaveCount(5);
});
