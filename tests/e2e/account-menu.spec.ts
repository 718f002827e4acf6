import { expect, test } from "../fixtures";

/**
 * Sign-in and the account menu (issue 14, item 12): one click per demo account in sandbox mode,
 * "Signing in…" while it works, and an "Account menu" with the agent's name and role that holds
 * the theme and "Sign out". Runs at desktop width and at 390 px (the menu button is an avatar there).
 */

test.use({ storageState: { cookies: [], origins: [] } });

test("signs in as a demo account in one click; the Account menu shows its name and role and signs out", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in as Sam Supervisor" }).click();
  await expect(page).toHaveURL(/\/inbox/);

  const menuButton = page.getByRole("button", { name: "Account menu", exact: true });
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator(`#${await menuButton.getAttribute("aria-controls")}`);
  await expect(panel).toBeVisible();
  await expect(panel.getByText("Sam Supervisor", { exact: true })).toBeVisible();
  await expect(panel.getByText(/^Supervisor · supervisor@switchboard\.test$/)).toBeVisible();
  await expect(panel.getByRole("group", { name: "Theme" }).getByRole("radio")).toHaveCount(3);

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await panel.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login/);
});

test("the Sign in button says Signing in… and cannot be pressed again while it works", async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The real sign-in, only held back until the button has been looked at.
  await page.route("**/api/session", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/login");
  await page.getByLabel("Email").fill("agent@switchboard.test");
  await page.getByLabel("Password").fill("switchboard-agent");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  const busy = page.getByRole("button", { name: "Signing in…" });
  await expect(busy).toBeVisible();
  await expect(busy).toBeDisabled();
  await expect(page.getByRole("button", { name: "Sign in as Ada Admin" })).toBeDisabled();
  release();
  await expect(page).toHaveURL(/\/inbox/);
});
