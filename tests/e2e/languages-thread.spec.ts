import type { Locator, Page } from "@playwright/test";
import { ADMIN_STATE, expect, test } from "../fixtures";
import { setOwnLocale, signedInBrowser } from "../pages/localized-browser";

/**
 * The thread and the composer in French and Spanish (issue 12 part 6): the demo agent in a
 * browser of that language opens a WhatsApp conversation a customer just wrote in, and reads
 * and writes it all in that language. Found by data attributes and the new words: the English
 * names the other specs use are what this spec proves are gone.
 */

test.use({ storageState: { cookies: [], origins: [] } });
test.slow();

const CHANNEL = "WhatsApp Support";

/** From /inbox to the conversation with `destination`, by data (channel names are not translated). */
async function openConversation(page: Page, destination: string): Promise<Locator> {
  await page.getByRole("link", { name: new RegExp(CHANNEL) }).first().click();
  const row = page.locator(`a[data-destination="${destination}"]`).first();
  await expect(row).toBeVisible();
  return row;
}

/** A tool of the composer: its own button on wide screens, an item of the attach menu on phones. */
async function composerTool(page: Page, menu: string, name: string): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  if (await button.isVisible()) return button.click();
  await page.getByRole("button", { name: menu, exact: true }).click();
  await page.getByRole("menu", { name: menu }).getByRole("menuitem", { name, exact: true }).click();
}

test("a French agent reads the thread and writes in the composer in French", async ({ browser, contact, baseURL }) => {
  const stamp = Date.now();
  const destination = `fr-${stamp}`;
  // A canned reply to pick (admins manage them); the picker's words are the agent's.
  const admin = await browser.newContext({ baseURL, storageState: ADMIN_STATE });
  const made = await admin.request.post("/api/canned-replies", { data: { shortcut: `merci${stamp}`, body: "Merci de votre patience." }, headers: { origin: baseURL! } });
  expect(made.status()).toBe(201);
  await admin.close();

  await contact.write(CHANNEL, destination, "Bonjour, ma commande n’est pas arrivée");
  await contact.write(CHANNEL, destination, "Pouvez-vous vérifier ?");
  const { context, page } = await signedInBrowser(browser, "fr-FR");
  await setOwnLocale(context, null);
  await page.goto("/inbox");

  const row = await openConversation(page, destination);
  // How long the customer has waited, in the list row.
  await expect(row).toContainText(/En attente depuis \d+ min/);
  await row.click();

  const thread = page.getByRole("log", { name: "Messages" });
  await expect(thread.locator("[data-day-separator]")).toHaveText(["Aujourd’hui"]);
  await expect(thread.locator("[data-unread-separator]")).toHaveText("2 messages non lus");
  // WhatsApp: the 24-hour window the business may still answer in.
  await expect(page.getByText(/^Fenêtre de réponse\s: encore 2[34] h$/)).toBeVisible();

  const box = page.getByRole("textbox", { name: "Message" });
  await expect(box).toHaveAttribute("placeholder", "Écrire une réponse…");
  const send = page.getByRole("button", { name: "Envoyer", exact: true });
  await send.click();
  await expect(page.getByRole("form", { name: "Répondre" }).getByRole("alert")).toHaveText("Écrivez d’abord un message.");

  // The attach tool opens the file picker.
  const chooser = page.waitForEvent("filechooser");
  await composerTool(page, "Joindre", "Joindre un fichier");
  await (await chooser).setFiles({ name: "facture.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  const attachment = page.getByRole("group", { name: "Pièce jointe" });
  await expect(attachment).toContainText("facture.pdf");
  await expect(attachment).toContainText("15\u00a0octets · application/pdf");
  await expect(box).toHaveAttribute("placeholder", "Ajouter une légende (facultatif)…");
  await attachment.getByRole("button", { name: "Retirer la pièce jointe" }).click();

  // Note mode and back.
  const note = page.getByRole("button", { name: "Note", exact: true });
  await expect(note).toHaveAttribute("title", "Écrire une note interne visible uniquement par votre équipe");
  await note.click();
  await expect(box).toHaveAttribute("placeholder", "Écrire une note interne — seule votre équipe la voit");
  await expect(page.getByRole("button", { name: "Ajouter la note", exact: true })).toBeVisible();
  await note.click();

  // The canned replies picker.
  await box.fill(`/merci${stamp}`);
  await expect(page.getByRole("listbox", { name: "Réponses types" }).getByRole("option")).toContainText("Merci de votre patience.");
  await box.press("Enter");
  await expect(box).toHaveValue("Merci de votre patience.");
  await box.fill(`/rien${stamp}`);
  await expect(page.getByRole("status").filter({ hasText: "Aucune réponse type ne correspond" })).toBeVisible();

  // The emoji picker speaks French and searches French names.
  await box.fill("Merci ");
  await page.getByRole("button", { name: "Emoji", exact: true }).click();
  const emoji = page.getByRole("dialog", { name: "Emoji" });
  const search = emoji.getByRole("combobox");
  await expect(search).toHaveAttribute("placeholder", "Rechercher");
  await expect(emoji.getByRole("tablist", { name: "Catégories" })).toBeVisible();
  await search.fill("cœur rouge");
  await emoji.getByRole("option", { name: /cœur rouge/ }).first().click();
  await expect(box).toHaveValue(/^Merci ❤/);

  // Sent: my name is "Vous" and the status is French.
  await send.click();
  const mine = thread.getByRole("listitem").filter({ hasText: "Merci ❤" });
  await expect(mine.locator("[data-sender]")).toHaveText("Vous");
  await expect(mine).toContainText(/Envoyé|Distribué|Lu/);
  await context.close();
});

test("a Spanish agent gets the thread and the composer in Spanish", async ({ browser, contact }) => {
  const destination = `es-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Hola, ¿sigue abierta la tienda?");
  const { context, page } = await signedInBrowser(browser, "es-ES");
  await setOwnLocale(context, null);
  await page.goto("/inbox");
  await (await openConversation(page, destination)).click();

  const thread = page.getByRole("log", { name: "Mensajes" });
  await expect(thread.locator("[data-day-separator]")).toHaveText(["Hoy"]);
  await expect(thread.locator("[data-unread-separator]")).toHaveText("1 mensaje sin leer");
  await expect(page.getByText(/^Ventana de respuesta: quedan 2[34] h$/)).toBeVisible();
  const box = page.getByRole("textbox", { name: "Mensaje" });
  await expect(box).toHaveAttribute("placeholder", "Escribe una respuesta…");
  await page.getByRole("button", { name: "Nota", exact: true }).click();
  await expect(box).toHaveAttribute("placeholder", "Escribe una nota interna: solo la ve tu equipo");
  await page.getByRole("button", { name: "Nota", exact: true }).click();

  await page.getByRole("button", { name: "Emoji", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Emoji" }).getByRole("combobox")).toHaveAttribute("placeholder", "Buscar");
  await page.keyboard.press("Escape");

  await box.fill("Sí, hasta las ocho");
  await page.getByRole("button", { name: "Enviar", exact: true }).click();
  const mine = thread.getByRole("listitem").filter({ hasText: "Sí, hasta las ocho" });
  await expect(mine.locator("[data-sender]")).toHaveText("Tú");
  await expect(mine).toContainText(/Enviado|Entregado|Leído/);
  await context.close();
});
