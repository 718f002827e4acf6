import { expect, test } from "../fixtures";

/**
 * The command palette (issue 12 part 5): Ctrl+K anywhere in the inbox, even from the message
 * box; it jumps to channels, loaded conversations and pages by typing, and Escape closes it.
 */

const CHANNEL = "Website chat";

test("Ctrl+K jumps to a channel by name, and to Settings", async ({ page }) => {
  await page.goto("/inbox");
  const channelHref = await page.getByRole("link", { name: CHANNEL }).getAttribute("href");
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("website");
  await expect(palette.getByRole("option", { name: CHANNEL })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${channelHref}$`));

  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog", { name: "Command palette" }).getByRole("combobox")).toBeFocused();
  await page.keyboard.type("settings");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings/);
});

test("a conversation in a loaded list is found by its contact and opened, even from the message box", async ({ page, contact, inbox }) => {
  const destination = `palette-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Find me through the palette");
  await page.goto("/inbox/all");
  await expect(inbox.conversationRow(destination)).toBeVisible();

  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.type(destination);
  await expect(palette.getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page.locator("#thread-title [data-destination]")).toHaveAttribute("data-destination", destination);

  // From inside the message box, Ctrl+K still opens it; Escape closes it and gives focus back.
  const box = page.getByRole("textbox", { name: "Message" });
  await box.click();
  await page.keyboard.press("Control+k");
  await expect(palette).toBeVisible();
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
  await expect(box).toBeFocused();
});

test("a search that matches nothing says so", async ({ page }) => {
  await page.goto("/inbox");
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("dialog", { name: "Command palette" }).getByRole("combobox")).toBeFocused();
  await page.keyboard.type("zzzz-no-such-thing");
  await expect(page.getByRole("dialog", { name: "Command palette" }).getByText("Nothing matches.")).toBeVisible();
});

test("with a conversation open, the palette resolves it and goes to its reply box", async ({ page, contact, inbox }) => {
  const destination = `palette-act-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Resolve me from the palette");
  await page.goto("/inbox/all");
  await inbox.conversationRow(destination).click();
  await expect(page.locator("#thread-title [data-destination]")).toHaveAttribute("data-destination", destination);

  const palette = page.getByRole("dialog", { name: "Command palette" });
  await page.keyboard.press("Control+k");
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("reply");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Message" })).toBeFocused();

  await page.keyboard.press("Control+k");
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.type("resolve");
  await expect(palette.getByRole("option", { name: "Resolve" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
});
