import { AGENT_STATE, expect, test } from "../fixtures";

/**
 * Settings → Reports: an admin chooses the report time zone, which reports then count in; it
 * starts at AFILNET_TIMEZONE (Europe/Madrid in the sandbox). Agents are not offered the page.
 */
test("an admin sets the report time zone, which the reports API then counts in", async ({ page, baseURL }) => {
  await page.goto("/settings/profile");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  const zone = page.getByLabel("Report time zone");
  await expect(zone).toHaveValue("Europe/Madrid");
  await expect(page.getByText("Without a choice: Europe/Madrid, the deployment’s AFILNET_TIMEZONE.", { exact: false })).toBeVisible();
  try {
    await zone.selectOption("America/New_York");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Report time zone")).toHaveValue("America/New_York");
    const report = await page.request.get("/api/reports?range=today");
    expect(report.status()).toBe(200);
    expect((await report.json()).timeZone).toBe("America/New_York");
  } finally {
    // The server is shared with the other specs: back to the default.
    const reset = await page.request.put("/api/settings/reports", { data: { timeZone: "Europe/Madrid" }, headers: { origin: baseURL! } });
    expect(reset.status()).toBe(200);
  }
});

test("an agent is not offered the page, and opening it is refused", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: AGENT_STATE });
  try {
    const page = await context.newPage();
    await page.goto("/settings/reports");
    await expect(page.getByText("only admins can open it")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
