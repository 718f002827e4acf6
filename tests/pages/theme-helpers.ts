import { expect, request, test, type Browser, type Locator, type Page } from "@playwright/test";

/**
 * Relative luminance (0 black … 1 white) of an element's computed background. Chromium reports
 * Tailwind 4's oklch() colours as written, so a 1-pixel canvas turns them into RGB first.
 */
export function backgroundLuminance(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(element).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

export async function expectDarkBackground(locator: Locator): Promise<void> {
  await expect.poll(() => backgroundLuminance(locator)).toBeLessThan(0.25);
}

export async function expectLightBackground(locator: Locator): Promise<void> {
  await expect.poll(() => backgroundLuminance(locator)).toBeGreaterThan(0.9);
}

/**
 * Signs in through the sign-in form in a browser of its own: another device of the same agent,
 * of the running project's kind (desktop, or the 390-pixel phone).
 */
export async function signInOnAnotherDevice(browser: Browser, colorScheme: "light" | "dark", account: { email: string; password: string }): Promise<Page> {
  const { baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, colorScheme, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  return page;
}

/** Picks a theme in the header's account menu and waits until it is saved. */
export async function chooseTheme(page: Page, label: "System" | "Light" | "Dark"): Promise<void> {
  await page.getByRole("button", { name: "Account menu" }).click();
  const radio = page.getByRole("radio", { name: label });
  await expect(radio).not.toBeChecked();
  const saved = page.waitForResponse((res) => res.url().endsWith("/api/profile/theme") && res.request().method() === "PUT");
  await radio.check();
  expect((await saved).status()).toBe(200);
  await page.keyboard.press("Escape");
}

/** Puts an agent's theme back over the API (real sign-in, real route), after a test changed it. */
export async function resetTheme(baseURL: string, account: { email: string; password: string }): Promise<void> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  expect((await api.post("/api/session", { data: account })).status()).toBe(200);
  expect((await api.put("/api/profile/theme", { data: { theme: "system" } })).status()).toBe(200);
  await api.dispose();
}
