import { pickComposerTool } from "../pages/inbox-page";
import { existsSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "../fixtures";
import { png } from "../fixtures/files/sample-files";

// Voice notes record from Chromium's fake microphone (Permissions-Policy allows it on this origin).
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const baseArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
test.use({
  launchOptions: {
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: [...baseArgs, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
  permissions: ["microphone"],
});

/** What the browser reports when a policy header blocks something (CSP) or names a bad feature. */
function watchPolicyErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy|Permissions policy/i.test(message.text())) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** An <img> the policy blocked never loads: its natural width stays 0. */
async function expectLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test("the inbox works under its Content-Security-Policy without a single violation", async ({ inbox, simulator, page }) => {
  const errors = watchPolicyErrors(page);
  const response = await page.goto("/inbox");
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);

  // Hydrated (nonced scripts ran) and the event stream is connected (connect-src).
  await expect(inbox.channels).toBeVisible();
  await expect(inbox.liveIndicator).toBeVisible();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation();
  const destination = await inbox.threadDestination();

  const text = `under the CSP ${Date.now()}`;
  await inbox.sendWithEnter(text);
  await expect(inbox.message(text)).toBeVisible();

  // An image: a blob: preview, then the thread shows it from the PUBLIC_URL file link.
  await inbox.attachFile(png("csp.png"));
  await expectLoaded(page.getByRole("group", { name: "Attachment" }).getByRole("img", { name: "Preview of csp.png" }));
  const caption = `image under the CSP ${Date.now()}`;
  await inbox.composer.fill(caption);
  await inbox.sendButton.click();
  await expect(inbox.bubble(caption).getByText("Sending…")).toHaveCount(0);
  await expectLoaded(inbox.bubble(caption).getByRole("img", { name: "csp.png" }));

  // A voice note: the microphone, then a blob: player.
  await pickComposerTool(page, "Record voice note");
  await expect(page.getByText("Recording voice note")).toBeVisible();
  await page.waitForTimeout(800);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("group", { name: "Attachment" }).locator("audio")).toBeVisible();
  await page.getByRole("button", { name: "Remove attachment" }).click();

  // The contact's side shows the same image from the file link.
  await simulator.open("WhatsApp Support (whatsapp)");
  await simulator.openChat(destination);
  await expectLoaded(page.getByRole("log", { name: "Messages" }).getByRole("img", { name: "Image from the operator" }).last());

  expect(errors).toEqual([]);
});
