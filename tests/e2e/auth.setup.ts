import { test as setup, expect } from "@playwright/test";
import { ADMIN, ADMIN_STATE, AGENT, AGENT_STATE } from "../fixtures";

setup("signs in as the demo admin once for the other tests", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  await page.context().storageState({ path: ADMIN_STATE });
});

setup("signs in as the demo agent once, for tests with two people at work", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(AGENT.email);
  await page.getByLabel("Password").fill(AGENT.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  await page.context().storageState({ path: AGENT_STATE });
});
