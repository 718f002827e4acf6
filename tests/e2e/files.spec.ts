import { pickComposerTool } from "../pages/inbox-page";
import { existsSync } from "node:fs";
import { test, expect } from "../fixtures";
import type { InboxPage } from "../pages/inbox-page";
import type { SimulatorPage } from "../pages/simulator-page";
import { disguisedExecutable, mp4, ogg, pdf, png, type SampleFile } from "../fixtures/files/sample-files";

// The voice note test records from Chromium's fake microphone; launch options apply per file.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const baseArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
test.use({
  launchOptions: {
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: [...baseArgs, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
  permissions: ["microphone"],
});

const CHANNEL = "WhatsApp Support";
const SIMULATOR_CHANNEL = "WhatsApp Support (whatsapp)";

async function openThread(inbox: InboxPage): Promise<string> {
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation();
  return inbox.threadDestination();
}

/**
 * The provider took the reply (a refusal fails here, with its reason on the bubble), then the
 * contact's phone shows the operator's file (its link) and the caption.
 */
async function contactSees(inbox: InboxPage, simulator: SimulatorPage, destination: string, type: string, caption: string): Promise<void> {
  const bubble = inbox.bubble(caption);
  // A busy machine may hold the send for a while: the outbox's wait, not the contact's.
  await expect(bubble.getByText("Sending…")).toHaveCount(0, { timeout: 30_000 });
  await expect(bubble.getByRole("alert")).toHaveCount(0);
  await simulator.open(SIMULATOR_CHANNEL);
  await simulator.openChat(destination);
  const log = simulator.page.getByRole("log", { name: "Messages" });
  const item = log.getByRole("listitem").filter({ hasText: caption });
  await expect(item).toBeVisible();
  await expect(item.getByRole("link", { name: `${type} file` })).toBeVisible();
}

const uploads: { type: string; file: () => SampleFile; shows: (inbox: InboxPage, caption: string) => Promise<void> }[] = [
  {
    type: "image",
    file: () => png(),
    shows: async (inbox, caption) => {
      const image = inbox.bubble(caption).getByRole("img", { name: "pixel.png" });
      await expect(image).toHaveAttribute("loading", "lazy");
      // Issue 14 item 9: the image opens in a viewer with "Download"; Esc closes it, focus back on the image.
      const opener = inbox.bubble(caption).getByRole("button", { name: "Open image pixel.png" });
      await opener.click();
      const viewer = inbox.page.getByRole("dialog", { name: "pixel.png" });
      await expect(viewer.getByRole("img", { name: "pixel.png" })).toBeVisible();
      await expect(viewer.getByRole("link", { name: "Download" })).toHaveAttribute("download", "pixel.png");
      await inbox.page.keyboard.press("Escape");
      await expect(viewer).toBeHidden();
      await expect(opener).toBeFocused();
    },
  },
  {
    type: "video",
    file: () => mp4(),
    shows: async (inbox, caption) => {
      await expect(inbox.bubble(caption).locator("video")).toHaveAttribute("preload", "none");
    },
  },
  {
    type: "audio",
    file: () => ogg(),
    shows: async (inbox, caption) => {
      await expect(inbox.bubble(caption).locator("audio")).toHaveAttribute("preload", "none");
    },
  },
  {
    type: "document",
    file: () => pdf(),
    shows: async (inbox, caption) => {
      await expect(inbox.bubble(caption).getByRole("link", { name: /terms\.pdf/ })).toBeVisible();
    },
  },
];

for (const { type, file, shows } of uploads) {
  test(`an agent sends ${/^[aeiou]/.test(type) ? "an" : "a"} ${type} from the composer and the contact sees it`, async ({ inbox, simulator }) => {
    const destination = await openThread(inbox);
    await inbox.attachFile(file());
    const caption = `${type} for you ${Date.now()}`;
    await inbox.composer.fill(caption);
    await inbox.sendButton.click();

    await expect(inbox.bubble(caption)).toBeVisible();
    await expect(inbox.composer).toHaveValue("");
    await expect(inbox.page.getByRole("group", { name: "Attachment" })).toHaveCount(0);
    // The box clears at once now, before the reply is stored: wait for that, since the stored
    // message replaces the optimistic bubble (and would close a viewer opened on it).
    await expect(inbox.bubble(caption).getByText("Sending…")).toHaveCount(0);
    await shows(inbox, caption);

    await contactSees(inbox, simulator, destination, type, caption);
  });
}

test("an agent sends a contact card from the form and the contact sees it", async ({ inbox, simulator, page }) => {
  const destination = await openThread(inbox);
  // A caption of this run's own, so the contact's side finds this card and no other run's.
  const caption = `card for you ${Date.now()}`;
  await inbox.composer.fill(caption);
  await pickComposerTool(page, "Send contact");
  const name = `Grace Hopper ${Date.now()}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Send contact card" }).click();
  await expect(page.getByText("Enter a phone number or an email address.")).toBeVisible();
  await page.getByLabel("Phone", { exact: true }).fill("+34 600 000 000");
  await page.getByLabel("Email", { exact: true }).fill("grace@example.com");
  await page.getByRole("button", { name: "Send contact card" }).click();

  const card = inbox.bubble(name);
  await expect(card).toBeVisible();
  await expect(card).toContainText(caption);
  await expect(card.getByRole("link", { name: "Download contact" })).toBeVisible();

  await contactSees(inbox, simulator, destination, "contact", caption);
});

test("Enter in the URL or contact form sends that form, not the reply around it", async ({ inbox, page }) => {
  await openThread(inbox);
  const urlCaption = `by Enter, a link ${Date.now()}`;
  await inbox.composer.fill(urlCaption);
  await pickComposerTool(page, "Send a file by URL");
  await page.getByLabel("File URL").fill("https://example.com/enter.pdf");
  await page.getByLabel("File type").selectOption("document");
  await page.getByLabel("File URL").press("Enter");
  // Sent as the URL form's file with the caption; the reply alone would carry no file.
  await expect(inbox.bubble(urlCaption).getByRole("link")).toHaveAttribute("href", "https://example.com/enter.pdf");
  await expect(page.getByLabel("File URL")).toHaveCount(0);

  const cardCaption = `by Enter, a card ${Date.now()}`;
  await inbox.composer.fill(cardCaption);
  await pickComposerTool(page, "Send contact");
  await page.getByLabel("Name", { exact: true }).fill("Enter Key");
  await page.getByLabel("Phone", { exact: true }).fill("+34 600 000 001");
  await page.getByLabel("Phone", { exact: true }).press("Enter");
  await expect(inbox.bubble(cardCaption).getByRole("link", { name: "Download contact" })).toBeVisible();
  await expect(inbox.bubble(cardCaption)).toHaveCount(1);
});

test("the browser refuses a file over the server's FILE_LIMITS_MB before uploading it", async ({ inbox, page }) => {
  await openThread(inbox);
  const uploads: string[] = [];
  page.on("request", (req) => {
    if (new URL(req.url()).pathname.startsWith("/api/files")) uploads.push(req.url());
  });
  // The e2e server runs with FILE_LIMITS_MB=image=2 (playwright.config.ts); the default is 16.
  const chooser = page.waitForEvent("filechooser");
  await pickComposerTool(page, "Attach file");
  await (await chooser).setFiles({ name: "large.png", mimeType: "image/png", buffer: Buffer.alloc(3 * 1024 * 1024, 1) });
  await expect(inbox.composerAlert()).toHaveText('Images can be at most 2 MB; "large.png" is 3 MB.');
  await expect(page.getByRole("group", { name: "Attachment" })).toHaveCount(0);
  expect(uploads).toEqual([]);
});

test("a refused file shows the server's reason and leaves the composer usable", async ({ inbox, page }) => {
  await openThread(inbox);
  await inbox.attachFile(disguisedExecutable());
  await inbox.composer.fill("see attached");
  await inbox.sendButton.click();
  await expect(inbox.composerAlert()).toBeVisible();
  await expect(inbox.composer).toHaveValue("see attached");
  await expect(page.getByRole("group", { name: "Attachment" })).toBeVisible();

  // An empty file is refused before any upload.
  await page.getByRole("button", { name: "Remove attachment" }).click();
  const chooser = page.waitForEvent("filechooser");
  await pickComposerTool(page, "Attach file");
  await (await chooser).setFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(0) });
  await expect(inbox.composerAlert()).toContainText("empty");
  await expect(page.getByRole("group", { name: "Attachment" })).toHaveCount(0);

  const text = `still works ${Date.now()}`;
  await inbox.composer.fill(text);
  await inbox.sendButton.click();
  await expect(inbox.message(text)).toBeVisible();
  await expect(inbox.composer).toHaveValue("");
});

test("an agent sends a file by URL with a caption", async ({ inbox, simulator, page }) => {
  const destination = await openThread(inbox);
  await pickComposerTool(page, "Send a file by URL");
  await page.getByLabel("File URL").fill("https://example.com/brochure.pdf");
  await page.getByLabel("File type").selectOption("document");
  const caption = `brochure ${Date.now()}`;
  await inbox.composer.fill(caption);
  await page.getByRole("button", { name: "Send by URL" }).click();
  await expect(inbox.bubble(caption)).toBeVisible();
  await expect(inbox.composer).toHaveValue("");
  await contactSees(inbox, simulator, destination, "document", caption);
});

test.describe("voice notes", () => {
  test("an agent records a voice note, hears it back, sends it, and the contact gets it", async ({ inbox, simulator, page }) => {
    const destination = await openThread(inbox);
    await pickComposerTool(page, "Record voice note");
    await expect(page.getByText("Recording voice note")).toBeVisible();
    await page.waitForTimeout(1200);
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByRole("group", { name: "Attachment" }).locator("audio")).toBeVisible();

    const caption = `voice note ${Date.now()}`;
    await inbox.composer.fill(caption);
    await inbox.sendButton.click();
    await expect(inbox.bubble(caption).getByLabel("Voice note")).toBeVisible();
    await expect(inbox.composer).toHaveValue("");

    await contactSees(inbox, simulator, destination, "voice", caption);
  });

  test("a recording can be cancelled, leaving nothing attached", async ({ inbox, page }) => {
    await openThread(inbox);
    await pickComposerTool(page, "Record voice note");
    await expect(page.getByText("Recording voice note")).toBeVisible();
    await page.getByRole("button", { name: "Cancel recording" }).click();
    await expect(page.getByText("Recording voice note")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Attachment" })).toHaveCount(0);
  });
});

test("a file dropped on the thread or an image pasted in the message box is attached with a preview", async ({ inbox, page }) => {
  await openThread(inbox);
  const image = png("dropped.png");
  const bytes = [...image.buffer];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return transfer;
    },
    { bytes, name: image.name, type: image.mimeType },
  );
  await inbox.messages.dispatchEvent("drop", { dataTransfer });
  const attachment = page.getByRole("group", { name: "Attachment" });
  await expect(attachment.getByRole("img", { name: "Preview of dropped.png" })).toBeVisible();
  await page.getByRole("button", { name: "Remove attachment" }).click();
  await expect(attachment).toHaveCount(0);

  await inbox.composer.evaluate((box, bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], "pasted.png", { type: "image/png" }));
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(attachment.getByRole("img", { name: "Preview of pasted.png" })).toBeVisible();
});
