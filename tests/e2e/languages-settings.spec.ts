import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * The sign-in page, the settings and the contact simulator in French and Spanish: signed out,
 * the browser's language decides; signed in, the agent's own choice. The admin is switched to
 * French over the real route for the settings test and put back to the browser's language after
 * it (every other spec reads the admin's pages in English).
 */

test.slow();

/** A signed-out browser of the running project's kind whose language is `locale`, at `path`. */
async function openIn(browser: Browser, locale: string, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

test.describe("signed out", () => {
  test("the sign-in page speaks a French browser's language, and signing in with its French labels works", async ({ browser }) => {
    const { context, page } = await openIn(browser, "fr-FR", "/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: "Connexion à Switchboard" })).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Une boîte de réception partagée/);
    await expect(page.getByRole("heading", { name: "Comptes de démonstration" })).toBeVisible();
    await expect(page.getByText("Mode bac à sable : ces comptes sont publics")).toBeVisible();
    await expect(page.getByRole("button", { name: "Se connecter en tant que Ada Admin" })).toBeVisible();
    await expect(page.getByText("(superviseur)")).toBeVisible();
    await expect(page.getByRole("region", { name: "Mode bac à sable" }).getByRole("link", { name: "Simulateur de contact" })).toBeVisible();

    // A failure the API words in English is shown in French (an unknown account: no throttling of the demo ones).
    await page.getByLabel("E-mail").fill("nobody@switchboard.test");
    await page.getByLabel("Mot de passe").fill("not-the-password");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("E-mail ou mot de passe incorrect.");

    await page.getByLabel("E-mail").fill("agent@switchboard.test");
    await page.getByLabel("Mot de passe").fill("switchboard-agent");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/inbox/);

    // Without scripts the form post comes back with ?error=: worded on the server, in French too.
    const other = await openIn(browser, "fr-CA", "/login?error=throttled&retry=42");
    await expect(other.page.locator("form").getByRole("alert")).toHaveText("Trop de tentatives, réessayez dans 42 s.");
    await other.context.close();
    await context.close();
  });

  test("the sign-in page speaks a Spanish browser's language", async ({ browser }) => {
    const { context, page } = await openIn(browser, "es-ES", "/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: "Inicia sesión en Switchboard" })).toBeVisible();
    await expect(page.getByLabel("Correo electrónico")).toBeVisible();
    await expect(page.getByLabel("Contraseña")).toBeVisible();
    await expect(page.getByRole("button", { name: "Iniciar sesión", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Cuentas de demostración" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Iniciar sesión como Sam Supervisor" })).toBeVisible();
    await context.close();
  });

  test("the contact simulator speaks a Spanish browser's language", async ({ browser }) => {
    const { context, page } = await openIn(browser, "es-ES", "/sandbox");
    await expect(page).toHaveTitle("Simulador de contactos");
    await expect(page.getByRole("heading", { name: "Simulador de contactos", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Canal", { exact: true })).toBeVisible();
    await expect(page.getByText("Elige un chat o empieza uno nuevo")).toBeVisible();

    // The form's own check, in Spanish.
    await page.getByRole("button", { name: "Empezar chat" }).click();
    await expect(page.getByRole("form", { name: "Chat nuevo" }).getByRole("alert")).toHaveText("Introduce un número de teléfono o un nombre.");

    const destination = `es-${Date.now()}`;
    await page.getByLabel("Destino").fill(destination);
    await page.getByRole("button", { name: "Empezar chat" }).click();
    await expect(page.getByRole("heading", { name: destination })).toBeVisible();
    await expect(page.getByText("Todavía no hay mensajes. Escribe el primero abajo.")).toBeVisible();
    await page.getByLabel("Tu mensaje").fill("Hola");
    await page.getByRole("button", { name: "Enviar como cliente" }).click();
    const log = page.getByRole("log", { name: "Mensajes" });
    await expect(log.getByText("Hola")).toBeVisible();
    await expect(log.getByText("Tú", { exact: true })).toBeVisible();
    await context.close();
  });
});

test("offline, a French browser gets the offline page in French", async ({ browser }) => {
  const { context, page } = await openIn(browser, "fr-FR", "/login");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  try {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Vous êtes hors ligne" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("link", { name: "Réessayer" })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  await context.close();
});

test.describe("signed in as the admin, who chose French", () => {
  test.beforeEach(async ({ page, baseURL }) => {
    expect((await page.request.put("/api/profile/locale", { data: { locale: "fr" }, headers: { origin: baseURL! } })).status()).toBe(200);
  });

  test.afterEach(async ({ page, baseURL }) => {
    expect((await page.request.put("/api/profile/locale", { data: { locale: null }, headers: { origin: baseURL! } })).status()).toBe(200);
  });

  test("the settings pages are in French, dates included, and the profile offers the language", async ({ page }) => {
    await page.goto("/settings/profile");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const nav = page.getByRole("navigation", { name: "Paramètres" });
    await expect(nav.getByRole("link")).toHaveText(["Profil", "Notifications", "Agents", "Canaux", "Étiquettes", "Réponses types", "Rapports", "Journal d’audit"]);
    await expect(page.getByRole("link", { name: "← Retour à la boîte de réception" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Profil", level: 1 })).toBeVisible();
    await expect(page.getByText("Connecté en tant que admin@switchboard.test.")).toBeVisible();
    await expect(page.getByLabel("Fuseau horaire")).toBeVisible();
    await expect(page.getByLabel("Langue", { exact: true })).toHaveValue("fr");

    // The form's own check of its schema speaks French too.
    await page.getByLabel("Nom", { exact: true }).fill("");
    await page.getByRole("button", { name: "Enregistrer" }).first().click();
    await expect(page.locator("form").first().getByRole("alert")).toHaveText("Vérifiez les champs signalés ci-dessous.");
    await expect(page.getByText("Saisissez un nom.")).toBeVisible();

    await nav.getByRole("link", { name: "Agents" }).click();
    await expect(page.getByRole("heading", { name: "Agents", level: 1 })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Rôle" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Tous les canaux" }).first()).toBeVisible();
    await page.getByRole("button", { name: "Ajouter un agent" }).click();
    await expect(page.getByLabel("Mot de passe", { exact: true })).toBeVisible();
    await expect(page.getByRole("option", { name: "Superviseur — tous les canaux, attribue à n’importe qui" })).toBeAttached();

    await nav.getByRole("link", { name: "Canaux" }).click();
    await expect(page.getByRole("heading", { name: "Canaux", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Nom affiché").first()).toBeVisible();
    await expect(page.getByLabel("Orange après (minutes)").first()).toBeVisible();

    await nav.getByRole("link", { name: "Étiquettes" }).click();
    const newLabel = page.getByRole("form", { name: "Nouvelle étiquette" });
    await expect(newLabel.getByLabel("Nom de l’étiquette")).toBeVisible();
    await expect(newLabel.getByRole("button", { name: "Ajouter l’étiquette" })).toBeVisible();

    await nav.getByRole("link", { name: "Journal d’audit" }).click();
    await expect(page.getByRole("heading", { name: "Journal d’audit", level: 1 })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Auteur" })).toBeVisible();
    await expect(page.getByLabel("Type", { exact: true }).getByRole("option", { name: "Connexion (sign_in)" })).toBeAttached();
    // French dates: "30 nov. 2026, 14:05:09" (English would be "30 Nov 2026, 14:05:09").
    await expect(page.locator("tbody time").first()).toHaveText(/^\d{1,2} [a-zéû]+\.? \d{4}/);
    await expect(page.getByRole("row").filter({ hasText: "sign_in" }).first()).toContainText("Connexion");

    // Back to the browser's language from the profile: the page re-renders in English.
    await nav.getByRole("link", { name: "Profil" }).click();
    const saved = page.waitForResponse((r) => r.url().endsWith("/api/profile/locale") && r.request().method() === "PUT");
    await page.getByLabel("Langue", { exact: true }).selectOption({ label: "Langue du navigateur" });
    expect((await saved).status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
