import { expect, test } from "../fixtures";
import { chooseTheme, expectDarkBackground, expectLightBackground, resetTheme, signInOnAnotherDevice } from "../pages/theme-helpers";

/**
 * Dark mode as an agent uses it: a choice in the account menu, kept for the agent (a reload and
 * another device paint it from the first HTML), and "System" following the device's setting.
 * Signed in as the supervisor in browsers of its own, so the other specs' admin keeps "System".
 */

test.use({ storageState: { cookies: [], origins: [] } });

const SUPERVISOR = { email: "supervisor@switchboard.test", password: "switchboard-supervisor" };

// Each test signs in two or three browsers: more than the default minute on a busy machine.
test.slow();

test.afterEach(async ({ baseURL }) => resetTheme(baseURL!, SUPERVISOR));

test("Dark in the account menu stays dark after a reload and on another device", async ({ browser }) => {
  const page = await signInOnAnotherDevice(browser, "light", SUPERVISOR);
  const html = page.locator("html");
  const header = page.getByRole("banner");
  await expectLightBackground(header);

  await chooseTheme(page, "Dark");
  await expect(html).toHaveClass(/\bdark\b/);
  await expectDarkBackground(header);

  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expectDarkBackground(page.getByRole("banner"));

  const other = await signInOnAnotherDevice(browser, "light", SUPERVISOR);
  await expect(other.locator("html")).toHaveClass(/\bdark\b/);
  await expectDarkBackground(other.getByRole("banner"));
  await page.context().close();
  await other.context().close();
});

test("Light stays light after a reload and on another device, even where the system is dark", async ({ browser }) => {
  const page = await signInOnAnotherDevice(browser, "dark", SUPERVISOR);
  await expectDarkBackground(page.getByRole("banner"));

  await chooseTheme(page, "Light");
  await expectLightBackground(page.getByRole("banner"));
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await expectLightBackground(page.getByRole("banner"));

  const other = await signInOnAnotherDevice(browser, "dark", SUPERVISOR);
  await expectLightBackground(other.getByRole("banner"));
  await page.context().close();
  await other.context().close();
});

test("System follows the device's setting, and changes with it without a reload", async ({ browser }) => {
  const page = await signInOnAnotherDevice(browser, "light", SUPERVISOR);
  await chooseTheme(page, "Dark");
  await chooseTheme(page, "System");
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await expectLightBackground(page.getByRole("banner"));

  await page.emulateMedia({ colorScheme: "dark" });
  await expectDarkBackground(page.getByRole("banner"));
  await page.reload();
  await expectDarkBackground(page.getByRole("banner"));
  await page.emulateMedia({ colorScheme: "light" });
  await expectLightBackground(page.getByRole("banner"));
  await page.context().close();
});

test("the sign-in page follows the device's setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/login");
  await expectDarkBackground(page.locator("body"));
  await page.emulateMedia({ colorScheme: "light" });
  await expectLightBackground(page.locator("body"));
});
