import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

/** The demo agent: a browser language of its own leaves the admin's specs in English. */
const AGENT = { email: "agent@switchboard.test", password: "switchboard-agent" };

/** A browser of the running project's kind whose language is `locale`, signed in over the real session route. */
export async function signedInBrowser(browser: Browser, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale });
  const res = await context.request.post("/api/session", { data: AGENT, headers: { origin: baseURL! } });
  expect(res.status()).toBe(200);
  const page = await context.newPage();
  await page.goto("/inbox");
  return { context, page };
}

/** The agent's own language (null: the browser's), saved over the real profile route. */
export async function setOwnLocale(context: BrowserContext, locale: "en" | "fr" | "es" | null): Promise<void> {
  const { baseURL } = test.info().project.use;
  expect((await context.request.put("/api/profile/locale", { data: { locale }, headers: { origin: baseURL! } })).status()).toBe(200);
}
