import { test, expect } from "../fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

test("sends a visitor without a session to the sign-in page", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("refuses a wrong password with a message and keeps the visitor signed out", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@switchboard.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("shows the Sandbox banner and the demo accounts in sandbox mode", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByText("Sandbox", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("agent@switchboard.test")).toBeVisible();
});
