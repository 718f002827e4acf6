import { expect, test } from "../fixtures";
import { setOwnLocale, signedInBrowser } from "../pages/localized-browser";

/**
 * Languages as an agent meets them: the browser's language by default, a choice in the account
 * menu kept for the agent on every device, and back to the browser's. Signed in as the demo
 * agent in browsers of its own, so the other specs' admin keeps English.
 */

test.use({ storageState: { cookies: [], origins: [] } });
test.slow();

test("a French or Spanish browser gets the inbox in its language until the agent chooses one", async ({ browser }) => {
  const french = await signedInBrowser(browser, "fr-FR");
  await setOwnLocale(french.context, null);
  await french.page.reload();
  await expect(french.page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(french.page.getByRole("button", { name: "Menu du compte" })).toBeVisible();

  const spanish = await signedInBrowser(browser, "es-419");
  await expect(spanish.page.locator("html")).toHaveAttribute("lang", "es");
  await expect(spanish.page.getByRole("button", { name: "Menú de la cuenta" })).toBeVisible();

  const other = await signedInBrowser(browser, "de-DE");
  await expect(other.page.locator("html")).toHaveAttribute("lang", "en");
  await expect(other.page.getByRole("button", { name: "Account menu" })).toBeVisible();
  for (const b of [french, spanish, other]) await b.context.close();
});

test("a language chosen in the account menu is kept for the agent on every device", async ({ browser }) => {
  const { context, page } = await signedInBrowser(browser, "en-US");
  await setOwnLocale(context, null);
  await page.reload();

  await page.getByRole("button", { name: "Account menu" }).click();
  const saved = page.waitForResponse((r) => r.url().endsWith("/api/profile/locale") && r.request().method() === "PUT");
  await page.getByLabel("Language").selectOption({ label: "Español" });
  expect((await saved).status()).toBe(200);
  // No reload: the page re-renders on the server in the new language.
  await expect(page.getByRole("button", { name: "Menú de la cuenta" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  const other = await signedInBrowser(browser, "fr-FR");
  await expect(other.page.getByRole("button", { name: "Menú de la cuenta" })).toBeVisible();

  // The menu stays open through the re-render, now in Spanish: back to the browser's language.
  await expect(page.getByRole("button", { name: "Menú de la cuenta" })).toHaveAttribute("aria-expanded", "true");
  await page.getByLabel("Idioma").selectOption({ label: "Idioma del navegador" });
  await expect(page.getByRole("button", { name: "Account menu" })).toBeVisible();
  await other.page.reload();
  await expect(other.page.getByRole("button", { name: "Menu du compte" })).toBeVisible();
  await context.close();
  await other.context.close();
});

test("the language route refuses what is not a language, and the choice stays", async ({ browser }) => {
  const { context, page } = await signedInBrowser(browser, "en-US");
  await setOwnLocale(context, "fr");
  const { baseURL } = test.info().project.use;
  const res = await context.request.put("/api/profile/locale", { data: { locale: "de" }, headers: { origin: baseURL! } });
  expect(res.status()).toBe(422);
  expect((await res.json()).error.fields.locale).toMatch(/Choose English, Français, Español/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await setOwnLocale(context, null);
  await context.close();
});
