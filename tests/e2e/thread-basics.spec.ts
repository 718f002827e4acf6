import { expect, test } from "../fixtures";

// Issue 14: what agents expect of a thread, each seen in the browser.
const CHANNEL = "Website chat";

/** A fresh Spanish mobile number as WhatsApp gives it (country code, no "+"): 34 6xx xxx xxx. */
const spanishMobile = () => `346${Date.now().toString().slice(-8)}`;
/** How Spain groups it: "+34 6xx xx xx xx". */
const spanishDisplay = (n: string) => `+34 ${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7, 9)} ${n.slice(9, 11)}`;

test("URLs anywhere in a message are links to a new tab that leak nothing; other schemes stay text", async ({ inbox, contact }) => {
  const destination = `links-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Tracking: https://carrier.example/track?id=42, and javascript:alert(1) is not a link");
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation(destination);
  const bubble = inbox.bubble("Tracking:");
  const link = bubble.getByRole("link", { name: "https://carrier.example/track?id=42" });
  await expect(link).toHaveAttribute("href", "https://carrier.example/track?id=42");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener noreferrer/);
  await expect(bubble).toContainText("javascript:alert(1) is not a link");
  await expect(bubble.getByRole("link")).toHaveCount(1);
});

test("a customer waiting shows how long, amber then red past the channel's thresholds, gone with the reply", async ({ page, inbox, contact }) => {
  // The page's clock can be moved forward: the waiting time is counted in the browser.
  await page.clock.install();
  const destination = `waiting-${Date.now()}`;
  await contact.write(CHANNEL, destination, "Is anyone there?");
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  const row = inbox.conversationRow(destination);
  const waiting = row.getByText(/^Waiting \d+ min$/);
  await expect(waiting).toHaveText("Waiting 1 min");
  await expect(waiting).toHaveAttribute("data-wait-level", "normal");
  // Default thresholds (channel settings): amber after 15 minutes, red after 60.
  await page.clock.fastForward("16:00");
  await expect(row.getByText("Waiting 16 min")).toHaveAttribute("data-wait-level", "warn");
  await page.clock.fastForward("45:00");
  await expect(row.getByText("Waiting 1 h 1 min")).toHaveAttribute("data-wait-level", "alert");
  await inbox.openConversation(destination);
  await inbox.sendWithEnter("Yes, how can I help?");
  await inbox.showConversationList();
  await expect(row).toContainText("Yes, how can I help?");
  await expect(row.getByText(/^Waiting/)).toHaveCount(0);
});

test("WhatsApp shows the 24-hour reply window, then that it closed; other platforms show neither", async ({ page, inbox, contact }) => {
  await page.clock.install();
  const destination = spanishMobile();
  await contact.write("WhatsApp Support", destination, "Hello from WhatsApp");
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation(destination);
  await expect(page.getByText("Reply window: 23 h left")).toBeVisible();
  await page.clock.fastForward("21:30:00");
  await expect(page.getByText("Reply window: 2 h left")).toBeVisible();
  await page.clock.fastForward("03:00:00");
  await expect(page.getByText("24-hour window closed")).toBeVisible();
  await expect(page.getByText(/^Reply window/)).toHaveCount(0);
  // The composer stays usable: the provider decides.
  await expect(inbox.composer).toBeEnabled();

  const web = `window-${Date.now()}`;
  await contact.write(CHANNEL, web, "Hello from the website");
  await inbox.showConversationList();
  await page.goto("/inbox");
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation(web);
  await expect(inbox.message("Hello from the website")).toBeVisible();
  await expect(page.getByText(/^Reply window|24-hour window closed/)).toHaveCount(0);
});

test("customers show by contact name, else their number formatted for its country with Copy number, else the platform's id", async ({ page, context, inbox, contact, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const number = spanishMobile();
  await contact.write("WhatsApp Support", number, "Do you ship to Sevilla?");
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  const row = inbox.conversationRow(number);
  await expect(row).toContainText(spanishDisplay(number));
  await inbox.openConversation(number);
  const title = page.locator("#thread-title");
  await expect(title).toHaveText(spanishDisplay(number));
  await page.getByRole("button", { name: "Copy number" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`+${number}`);

  // A name recorded for the contact replaces the number.
  const conversationId = page.url().split("/").at(-1)!;
  const res = await page.request.patch(`/api/conversations/${conversationId}/contact`, { data: { name: "Lucía Romero" }, headers: { origin: baseURL! } });
  expect(res.ok()).toBe(true);
  await page.reload();
  await expect(title).toHaveText("Lucía Romero");
  await inbox.showConversationList();
  await expect(row).toContainText("Lucía Romero");

  // A web chat visitor's id is not a number: shown as it is, nothing to copy.
  const visitor = `visitor-${Date.now()}`;
  await contact.write(CHANNEL, visitor, "Hi");
  await page.goto("/inbox");
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation(visitor);
  await expect(title).toHaveText(visitor);
  await expect(page.getByRole("button", { name: "Copy number" })).toHaveCount(0);
});

test.describe("on a 390-pixel phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("Attach, the message box and Send share one row, the messages take most of the screen, the simulator fits", async ({ page, inbox, contact }) => {
    const destination = `phone-row-${Date.now()}`;
    await contact.write(CHANNEL, destination, "Hello from a phone");
    await inbox.open();
    await inbox.openChannel(CHANNEL);
    await inbox.openConversation(destination);
    const attach = page.getByRole("button", { name: "Attach", exact: true });
    const send = page.getByRole("button", { name: "Send", exact: true });
    const boxes = await Promise.all([attach, inbox.composer, send].map((l) => l.boundingBox()));
    const [a, m, s] = boxes.map((b) => b!);
    // One row: each control's vertical middle lies within the others' height, left to right.
    for (const b of [a, s]) expect(Math.abs(b.y + b.height / 2 - (m.y + m.height / 2))).toBeLessThan(m.height / 2);
    expect(a.x + a.width).toBeLessThanOrEqual(m.x);
    expect(m.x + m.width).toBeLessThanOrEqual(s.x);
    const list = (await inbox.messages.boundingBox())!;
    expect(list.height / 844).toBeGreaterThanOrEqual(0.6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The tools are one menu away: file, voice, link, contact.
    await attach.click();
    const menu = page.getByRole("menu", { name: "Attach" });
    for (const name of ["Attach file", "Record voice note", "Send a file by URL", "Send contact"]) await expect(menu.getByRole("menuitem", { name })).toBeVisible();
    await menu.getByRole("menuitem", { name: "Send a file by URL" }).click();
    await expect(page.getByLabel("File URL")).toBeVisible();

    await page.goto("/sandbox");
    await expect(page.getByRole("heading").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.querySelector('meta[name="viewport"]')?.getAttribute("content"))).toContain("viewport-fit=cover");
  });
});
