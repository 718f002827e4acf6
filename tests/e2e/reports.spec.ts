import AxeBuilder from "@axe-core/playwright";
import { AGENT_STATE, expect, test } from "../fixtures";
import { AppApi } from "../support/report-seed";

/**
 * The /reports page (issue 10 part 4): filters in the URL, errors, who may see it, axe and the
 * French page, on desktop and phone. Its figures and CSVs on a seeded data set: reports-data.spec.ts.
 */

test("filters live in the URL; a refused custom range is said beside the filters, never a blank page", async ({ page }) => {
  await page.goto("/reports");
  await expect(page.getByRole("radio", { name: "7 days" })).toBeChecked();
  await page.getByText("30 days", { exact: true }).click();
  await expect(page).toHaveURL(/range=30d/);
  await page.reload();
  await expect(page.getByRole("radio", { name: "30 days" })).toBeChecked();
  await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();

  // "Custom" starts from the range on screen; an end before the start is the API's 422.
  await page.getByText("Custom", { exact: true }).click();
  await expect(page).toHaveURL(/range=custom&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await page.goto("/reports?range=custom&from=2026-11-10&to=2026-11-01");
  const filters = page.getByRole("form", { name: "Report filters" });
  const alert = filters.getByRole("alert");
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-11-10");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-11-01");
  await expect(filters.locator("[aria-invalid=true]")).not.toHaveCount(0);

  // Mending the range brings the report back.
  await page.getByLabel("To", { exact: true }).fill("2026-11-20");
  await expect(page).toHaveURL(/to=2026-11-20/);
  await expect(alert).toBeHidden();
  await expect(page.getByRole("region", { name: "Summary" })).toBeVisible();
});

test("agents get the 403 page on /reports and 403 from its APIs; supervisors and admins get a Reports link", async ({ page, browser, baseURL }) => {
  await page.goto("/inbox");
  // Beside the account menu, both on screen at 390 px too.
  const link = page.getByRole("link", { name: "Reports", exact: true });
  await expect(link).toBeInViewport();
  await expect(page.getByRole("button", { name: "Account menu" })).toBeInViewport();
  await link.click();
  await expect(page).toHaveURL(/\/reports/);

  const context = await browser.newContext({ baseURL, storageState: AGENT_STATE });
  const agent = await context.newPage();
  await agent.goto("/inbox");
  await expect(agent.getByRole("button", { name: "Account menu" })).toBeVisible();
  await expect(agent.getByRole("link", { name: "Reports", exact: true })).toHaveCount(0);
  const refused = await agent.goto("/reports");
  expect(refused?.status()).toBe(403);
  await expect(agent.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(agent.getByRole("region", { name: "Summary" })).toHaveCount(0);
  await expect(agent.getByRole("form", { name: "Report filters" })).toHaveCount(0);
  expect((await agent.request.get("/api/reports?range=7d")).status()).toBe(403);
  expect((await agent.request.get("/api/reports/csv?table=summary&range=7d")).status()).toBe(403);
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on /reports with data (${colorScheme})`, async ({ page, contact, baseURL }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    // Some data in range whatever ran before: one customer message, answered.
    const api = new AppApi(page.request, baseURL!);
    const destination = `report-a11y-${colorScheme}-${test.info().project.name}-${Date.now()}`;
    await contact.write("Website chat", destination, `Hello (${destination})`);
    await api.reply(await api.conversationOf(await api.channelId("Website chat"), destination), "Hello! How can I help?");

    await page.goto("/reports?range=7d");
    await expect(page.getByRole("region", { name: "Agents" }).getByRole("table")).toBeVisible();
    await expect(page.getByRole("img", { name: "Conversations opened and resolved per day" })).toBeVisible();
    for (const details of await page.getByText("Show the data as a table").all()) await details.click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);

    // Nothing wider than the screen: tables scroll inside their own box (a 390 px phone too).
    const overflow = await page.evaluate(() => [...document.querySelectorAll("main, main section")].filter((el) => el.scrollWidth > el.clientWidth + 1).length);
    expect(overflow).toBe(0);
  });
}

test("a supervisor with a French browser gets the reports in French", async ({ browser, baseURL }) => {
  const { viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale: "fr-FR" });
  const res = await context.request.post("/api/session", { data: { email: "supervisor@switchboard.test", password: "switchboard-supervisor" }, headers: { origin: baseURL! } });
  expect(res.status()).toBe(200);
  const page = await context.newPage();
  await page.goto("/reports?range=30d");
  await expect(page.getByRole("heading", { level: 1, name: "Rapports" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "30 jours" })).toBeChecked();
  await expect(page.getByRole("combobox", { name: "Canal", exact: true })).toHaveValue("");
  const summary = page.getByRole("region", { name: "Synthèse" });
  await expect(summary.getByRole("link", { name: "Exporter en CSV" })).toHaveAttribute("href", "/api/reports/csv?table=summary&range=30d");
  await expect(summary.getByRole("term").first()).toHaveText("Conversations ouvertes");
  await context.close();
});
