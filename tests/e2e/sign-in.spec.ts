import { test, expect } from "../fixtures";

test.use({ storageState: { cookies: [], origins: [] } });

const SUPERVISOR = { email: "supervisor@switchboard.test", password: "switchboard-supervisor" };

test("sends a visitor without a session to the sign-in page", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
});

test("refuses a wrong password with a message and keeps the visitor signed out", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@switchboard.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("shows the Sandbox banner and the demo accounts in sandbox mode", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("region", { name: "Sandbox mode" })).toContainText("Sandbox");
  await expect(page.getByRole("region", { name: "Sandbox mode" })).toContainText("demo data, no real customers");
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  await expect(page.getByText("agent@switchboard.test")).toBeVisible();
});

test.describe("before the page's scripts have run", () => {
  test.use({ javaScriptEnabled: false });

  test("signs in with a plain form post and never puts the password in a URL", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await page.goto("/login");
    await page.getByLabel("Email").fill(SUPERVISOR.email);
    await page.getByLabel("Password").fill(SUPERVISOR.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    expect(urls.filter((url) => url.includes(SUPERVISOR.password) || url.includes("password="))).toEqual([]);
  });
});

test("says how long to wait after too many wrong passwords", async ({ page }) => {
  // An address no one uses: only this account is locked, never the demo accounts other tests need.
  const email = `locked-${test.info().project.name}-${Date.now()}@example.com`;
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong-password");
  for (let i = 0; i < 5; i++) {
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
  }
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts" })).toHaveText(/^Too many attempts, try again in \d+ s\.$/);
});

test("signs out from the account menu, and the inbox asks to sign in again", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(SUPERVISOR.email);
  await page.getByLabel("Password").fill(SUPERVISOR.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login/);
});
