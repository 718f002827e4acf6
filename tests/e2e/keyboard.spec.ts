import type { Page } from "@playwright/test";
import { ADMIN, expect, test } from "../fixtures";

// Issue 12 part 5: sign-in → reply → resolve with the keyboard only, focus visible throughout.
test.use({ storageState: { cookies: [], origins: [] } });

const CHANNEL = "Website chat";

/** Presses Tab until an element matching `selector` (and holding `text`, if given) has focus; fails after 40 presses. */
async function tabTo(page: Page, selector: string, text = ""): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const reached = await page.evaluate(([sel, t]) => !!document.activeElement?.matches(sel) && (document.activeElement.textContent ?? "").includes(t), [selector, text]);
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector} ${text}`);
}

/** The focused element draws a focus indicator (an outline or a ring). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(style.outline !== "none" && style.width > 0 || style.shadow !== "none").toBe(true);
}

test("sign in, open a conversation, reply and resolve with the keyboard only", async ({ page, contact }) => {
  const destination = `keys-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Can you help me by keyboard?");

  await page.goto("/login");
  await tabTo(page, 'input[type="email"]');
  await expectVisibleFocus(page);
  await page.keyboard.type(ADMIN.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/inbox/);

  await tabTo(page, 'a[href^="/inbox/"]', CHANNEL);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  const row = page.locator(`a[data-destination="${destination}"]`);
  await expect(row).toBeVisible();

  // j opens the newest conversation (ours), r goes to the message box.
  await page.keyboard.press("j");
  await expect(page.locator("#thread-title [data-destination]")).toHaveAttribute("data-destination", destination);
  await page.keyboard.press("r");
  const box = page.getByRole("textbox", { name: "Message" });
  await expect(box).toBeFocused();
  await page.keyboard.type("Of course, here I am.");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Messages").getByText("Of course, here I am.", { exact: true })).toBeVisible();

  // Escape leaves the box; e resolves.
  await page.keyboard.press("Escape");
  await expect(box).not.toBeFocused();
  await page.keyboard.press("e");
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();

  // ? lists the shortcuts; Escape closes the list.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Next conversation");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});
