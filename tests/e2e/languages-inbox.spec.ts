import type { Browser, BrowserContext, Page } from "@playwright/test";
import { AGENT, expect, test } from "../fixtures";

/**
 * The inbox shell in French and Spanish as an agent meets it: the channel list, the conversation
 * list (tabs, filters, empty view, rows), the header, the status and assign controls, the
 * keyboard shortcuts (which find their buttons by data attributes, not English names), and
 * dates in the list ("Hier"). The demo agent in browsers of its own, whose language is the
 * browser's (its own choice cleared), so the other specs' admin keeps English.
 */

test.use({ storageState: { cookies: [], origins: [] } });
test.slow();

const CHANNEL = "Website chat";
// A sync every 2 s plus the event's way to the browser (see live.spec.ts).
const LIVE = { timeout: 8_000 };

async function signedInBrowser(browser: Browser, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor, locale });
  const origin = { origin: baseURL! };
  expect((await context.request.post("/api/session", { data: AGENT, headers: origin })).status()).toBe(200);
  // The browser's language, whatever an earlier spec chose for the agent.
  expect((await context.request.put("/api/profile/locale", { data: { locale: null }, headers: origin })).status()).toBe(200);
  return { context, page: await context.newPage() };
}

const phone = () => test.info().project.name === "phone";

test("a French browser gets the channels, the lists, the header and the thread's controls in French", async ({ browser, contact }) => {
  const stamp = Date.now();
  const older = `fr-a-${stamp}`;
  const newer = `fr-b-${stamp}`;
  await contact.write(CHANNEL, older, "Bonjour, une question sur ma commande");
  // Message times may be whole seconds: a second apart keeps the two rows in this order.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await contact.write(CHANNEL, newer, "Bonjour, encore moi");
  const { context, page } = await signedInBrowser(browser, "fr-FR");

  await page.goto("/inbox");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Boîte de réception" })).toBeAttached();
  await expect(page.getByRole("img", { name: "Mises à jour en direct activées" })).toBeVisible(LIVE);
  const channels = page.getByRole("navigation", { name: "Canaux" });
  await expect(channels.getByRole("link", { name: "Tous les canaux" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Mentions/ })).toBeVisible();
  if (!phone()) await expect(page.getByText("Choisissez un canal pour voir ses conversations.")).toBeVisible();

  await channels.getByRole("link", { name: new RegExp(`^${CHANNEL}`) }).click();
  const list = page.getByRole("navigation", { name: "Conversations" });
  const row = (destination: string) => list.locator(`a[data-destination="${destination}"]`);
  await expect(row(newer)).toBeVisible(LIVE);
  // The row: its unread words (the pill's spoken form) and who owns it.
  await expect(row(newer)).toHaveAccessibleName(/\b1 non lu\b/);
  await expect(row(newer)).toContainText("Non assignée");

  const tabs = page.getByRole("tablist", { name: "Vues" });
  for (const name of ["Les miennes", "Non assignées", "Toutes"]) await expect(tabs.getByRole("tab", { name: new RegExp(`^${name} \\d+$`) })).toBeVisible();
  await expect(page.getByLabel("Statut").locator("option")).toHaveText(["Ouverte", "En attente", "Reportée", "Résolue"]);
  await expect(page.getByLabel("Étiquette").locator("option").first()).toHaveText("Toutes");
  // A view nobody's conversations are in: mine, snoozed, unread.
  await tabs.getByRole("tab", { name: /^Les miennes/ }).click();
  await page.getByLabel("Statut").selectOption("snoozed");
  await page.getByLabel("Non lues uniquement").check();
  await expect(list).toContainText("Aucune conversation ne correspond à cette vue.");

  await page.goto(`/inbox`);
  await channels.getByRole("link", { name: new RegExp(`^${CHANNEL}`) }).click();
  await row(newer).click();
  const thread = page.locator('section[aria-labelledby="thread-title"]');
  await expect(thread.getByText("Statut : Ouverte")).toBeVisible();
  await expect(thread.getByText("Non assignée", { exact: true })).toBeVisible();
  await expect(thread.getByRole("button", { name: "Mettre en attente" })).toBeVisible();
  await thread.getByRole("button", { name: "Reporter" }).click();
  await expect(page.getByRole("menu", { name: "Reporter" }).getByRole("menuitem")).toHaveText(["Dans 1 heure", "Demain à 9 h", "Choisir une date…"]);
  await page.keyboard.press("Escape");
  await thread.getByRole("button", { name: "Assigner", exact: true }).click();
  await expect(page.getByRole("menu", { name: "Assigner" }).getByRole("menuitem", { name: "M’assigner" })).toBeVisible();
  await page.keyboard.press("Escape");

  // The shortcuts, in French: j moves down the list, k back, r reaches the message box, e resolves.
  const title = page.locator("#thread-title [data-destination]");
  await expect(title).toHaveAttribute("data-destination", newer);
  // j/k with the thread open. On a phone the open thread hides the list: its open row and
  // neighbours stay mounted (hidden) all the same, so j finds the next conversation there too.
  const rows = await page.locator("a[data-conversation-row]").evaluateAll((links) => links.map((a) => a.getAttribute("data-destination")));
  expect(rows.slice(rows.indexOf(newer), rows.indexOf(newer) + 2)).toEqual([newer, older]);
  await page.keyboard.press("j");
  await expect(title).toHaveAttribute("data-destination", older);
  await page.keyboard.press("k");
  await expect(title).toHaveAttribute("data-destination", newer);
  await page.keyboard.press("r");
  await expect(page.locator('textarea[data-shortcut="reply"]')).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("e");
  await expect(thread.getByRole("button", { name: "Rouvrir" })).toBeVisible();
  await expect(thread.getByText("Statut : Résolue")).toBeVisible();
  await page.keyboard.press("a");
  await expect(page.getByRole("menu", { name: "Assigner" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Raccourcis clavier" });
  await expect(help).toContainText("Conversation suivante");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  if (phone()) {
    // Escape goes back to the list, through the French "Retour" link.
    await page.keyboard.press("Escape");
    await expect(list).toBeVisible();
  }
  await context.close();
});

test("a Spanish browser gets the lists and the thread's controls in Spanish", async ({ browser, contact }) => {
  const destination = `es-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Hola, una pregunta");
  const { context, page } = await signedInBrowser(browser, "es-ES");

  await page.goto("/inbox");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const channels = page.getByRole("navigation", { name: "Canales" });
  await expect(channels.getByRole("link", { name: "Todos los canales" })).toBeVisible();
  await channels.getByRole("link", { name: new RegExp(`^${CHANNEL}`) }).click();
  const tabs = page.getByRole("tablist", { name: "Vistas" });
  for (const name of ["Mías", "Sin asignar", "Todas"]) await expect(tabs.getByRole("tab", { name: new RegExp(`^${name} \\d+$`) })).toBeVisible();
  await expect(page.getByLabel("Estado")).toBeVisible();
  await expect(page.getByLabel("Solo no leídas")).toBeVisible();

  const row = page.getByRole("navigation", { name: "Conversaciones" }).locator(`a[data-destination="${destination}"]`);
  await expect(row).toHaveAccessibleName(/\b1 sin leer\b/, LIVE);
  await row.click();
  const thread = page.locator('section[aria-labelledby="thread-title"]');
  await expect(thread.getByText("Estado: Abierta")).toBeVisible();
  await thread.getByRole("button", { name: "Asignar", exact: true }).click();
  await page.getByRole("menu", { name: "Asignar" }).getByRole("menuitem", { name: "Asignármela" }).click();
  await expect(thread.getByText("Asignada a ti")).toBeVisible();
  await thread.getByRole("button", { name: "Resolver" }).click();
  await expect(thread.getByRole("button", { name: "Reabrir" })).toBeVisible();
  await context.close();
});

test("dates in the French list are French: a conversation from before midnight says “Hier”", async ({ browser }) => {
  const { context, page } = await signedInBrowser(browser, "fr-FR");
  const { baseURL } = test.info().project.use;
  const profile = (await (await context.request.get("/api/profile")).json()).profile as { name: string; timeZone: string };
  // The demo's seeded conversations are hours old: the one whose last message is oldest (the
  // list is newest first, so the last row of the last page).
  type Row = { destination: string; lastMessage: { at: string } | null };
  const listed: Row[] = [];
  for (let cursor: string | null = "", pages = 0; cursor !== null && pages < 20; pages++) {
    const body = (await (await context.request.get(`/api/conversations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`)).json()) as { conversations: Row[]; nextCursor: string | null };
    listed.push(...body.conversations);
    cursor = body.nextCursor;
  }
  const oldest = listed.filter((c) => c.lastMessage).sort((a, b) => a.lastMessage!.at.localeCompare(b.lastMessage!.at))[0];
  const ageMinutes = (Date.now() - Date.parse(oldest.lastMessage!.at)) / 60_000;
  expect(ageMinutes, "a seeded conversation at least 2 hours old").toBeGreaterThan(120);
  expect(ageMinutes).toBeLessThan(20 * 60);
  // A whole-hour zone where midnight fell halfway between that message and now: it is from
  // "yesterday" there, with an hour's margin either side.
  const nowUtcMinutes = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
  let offsetHours = Math.round((ageMinutes / 2 - nowUtcMinutes) / 60) % 24;
  if (offsetHours > 14) offsetHours -= 24;
  if (offsetHours < -12) offsetHours += 24;
  // IANA's Etc zones count the other way round: Etc/GMT-3 is three hours ahead of UTC.
  const timeZone = offsetHours === 0 ? "UTC" : `Etc/GMT${offsetHours > 0 ? "-" : "+"}${Math.abs(offsetHours)}`;
  const patch = (zone: string) => context.request.patch("/api/profile", { data: { name: profile.name, timeZone: zone }, headers: { origin: baseURL! } });
  expect((await patch(timeZone)).status()).toBe(200);
  try {
    await page.goto("/inbox/all");
    const list = page.getByRole("navigation", { name: "Conversations" });
    const time = list.locator(`a[data-destination="${oldest.destination}"] time`);
    // After a whole suite's conversations it may sit on a later page: "Load more", in French.
    await expect(list.getByRole("link").first()).toBeVisible();
    for (let i = 0; i < 20 && !(await time.count()); i++) await list.getByRole("button", { name: "Charger plus de conversations" }).click({ timeout: 5_000 });
    await expect(time).toHaveText("Hier");
    // The full date on hover is French too ("samedi 28 novembre 2026 à 21:40").
    await expect(time).toHaveAttribute("title", /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4} à \d{2}:\d{2}$/);
  } finally {
    expect((await patch(profile.timeZone)).status()).toBe(200);
    await context.close();
  }
});
