import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { signInOnAnotherDevice } from "../pages/theme-helpers";

/*
 * The live wallboard (issue 10): a supervisor keeps /monitor open while a customer writes on a
 * new chat and an agent answers; who may see it; axe in both themes; a phone's 390 px.
 */

const SUPERVISOR = { email: "supervisor@switchboard.test", password: "switchboard-supervisor" };
const CHANNEL = "Website chat";
// The column headers are the contract: cells are found by their header's position.
const COLUMNS = ["Channel", "Open", "Unassigned", "Waiting", "Agents online"] as const;

function channelRow(page: Page, name: string): Locator {
  return page.getByRole("table", { name: "Channels" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

async function cell(page: Page, channel: string, column: (typeof COLUMNS)[number]): Promise<Locator> {
  const headers = await page.getByRole("table", { name: "Channels" }).getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((h) => h.trim().toLowerCase() === column.toLowerCase());
  expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
  return channelRow(page, channel).locator("th, td").nth(index);
}

interface ListPage {
  conversations: { id: string; status: string; lastMessage: { direction: string } | null }[];
  nextCursor: string | null;
}

/**
 * Sets aside (as Pending) every open conversation of the channel whose customer is waiting, so
 * the new chat is the only wait the row shows; gives back a function that reopens them.
 */
async function onlyNewWaits(api: APIRequestContext, origin: string, channelId: string): Promise<() => Promise<void>> {
  const parked: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.get(`/api/channels/${channelId}/conversations?status=open${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.ok()).toBe(true);
    const page = (await res.json()) as ListPage;
    for (const c of page.conversations) if (c.lastMessage?.direction === "inbound") parked.push(c.id);
    cursor = page.nextCursor;
  } while (cursor);
  const setStatus = async (id: string, status: string) => expect((await api.put(`/api/conversations/${id}/status`, { data: { status }, headers: { origin } })).ok()).toBe(true);
  for (const id of parked) await setStatus(id, "pending");
  return async () => {
    for (const id of parked) await setStatus(id, "open");
  };
}

test("a supervisor watches a new customer wait live, and the wait clear when an agent answers", async ({ page, browser, baseURL, agentInbox, contact }) => {
  test.setTimeout(120_000);
  const api = page.request;
  const channels = (await (await api.get("/api/channels")).json()) as { channels: { id: string; name: string }[] };
  const channelId = channels.channels.find((c) => c.name === CHANNEL)!.id;
  // Auto-assignment would take the new conversation: this channel must leave it unassigned.
  const settings = (await (await api.get("/api/settings/channels")).json()) as { channels: { id: string; autoAssign: boolean }[] };
  expect(settings.channels.find((c) => c.id === channelId)?.autoAssign).toBe(false);

  const reopen = await onlyNewWaits(api, baseURL!, channelId);
  try {
    const supervisor = await signInOnAnotherDevice(browser, "light", SUPERVISOR);
    await supervisor.goto("/monitor");
    await expect(supervisor.getByRole("heading", { name: "Live wallboard" })).toBeVisible();
    for (const name of COLUMNS) await expect(supervisor.getByRole("table", { name: "Channels" }).getByRole("columnheader", { name, exact: true })).toBeVisible();
    await expect(supervisor.getByRole("img", { name: "Live updates on" })).toBeVisible();
    // Marks this document: a reload would lose it.
    await supervisor.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    const unassigned = await cell(supervisor, CHANNEL, "Unassigned");
    const waiting = await cell(supervisor, CHANNEL, "Waiting");
    await expect(waiting).toHaveText("—Nobody waiting");
    const before = Number(await unassigned.innerText());

    // The agent looks at the channel (the answerer, and it keeps the channel at the hot sync pace).
    await agentInbox.open();
    await agentInbox.openChannel(CHANNEL);

    const destination = `monitor-${test.info().project.name}-${Date.now()}`;
    const written = Date.now();
    await contact.write(CHANNEL, destination, `Is anyone there? ${destination}`);
    // The message reaches browsers once the mirror picked it up (a sync every 2 s)…
    await expect(agentInbox.conversationLink(destination)).toBeVisible({ timeout: 8_000 });
    const arrived = Date.now();
    // …and the wallboard shows it within 2 s of that, without a reload.
    await expect(unassigned).toHaveText(String(before + 1), { timeout: 2_000 });
    await expect(waiting).toHaveText(/^\d+ s$/, { timeout: 2_000 });
    test.info().annotations.push({ type: "latency", description: `write → wallboard ${Date.now() - written} ms; inbox → wallboard ≤ ${Date.now() - arrived} ms` });
    // It counts up on its own, second by second.
    const first = Number((await waiting.innerText()).replace(/\D/g, ""));
    await expect.poll(async () => Number((await waiting.innerText()).replace(/\D/g, "")), { timeout: 5_000 }).toBeGreaterThan(first);

    // The agent answers: nobody waits any more.
    await agentInbox.openConversation(destination);
    await agentInbox.sendWithEnter("Hello! How can I help?");
    await expect(waiting).toHaveText("—Nobody waiting", { timeout: 8_000 });
    await expect(unassigned).toHaveText(String(before + 1));
    expect(await supervisor.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await supervisor.context().close();
  } finally {
    await reopen();
  }
});

test("agents get 403 on the wallboard and see no Monitor link; admins reach it from the inbox header", async ({ page, agentInbox }) => {
  const refused = await agentInbox.page.goto("/monitor");
  expect(refused?.status()).toBe(403);
  await expect(agentInbox.page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  expect((await agentInbox.page.request.get("/api/monitor")).status()).toBe(403);
  await agentInbox.open();
  await expect(agentInbox.page.getByRole("link", { name: "Monitor", exact: true })).toHaveCount(0);

  await page.goto("/inbox");
  await page.getByRole("link", { name: "Monitor", exact: true }).click();
  await expect(page).toHaveURL(/\/monitor$/);
  await expect(page.getByRole("table", { name: "Agents" }).getByRole("rowheader", { name: /^Alex Agent/ })).toBeVisible();
  // A number leads to its inbox view.
  const unassigned = await cell(page, CHANNEL, "Unassigned");
  await unassigned.getByRole("link").click();
  await expect(page).toHaveURL(/\/inbox\/[0-9a-f-]{36}\?view=unassigned$/);
  await page.goBack();
  await page.getByRole("link", { name: "Back to inbox" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
});

for (const theme of ["light", "dark"] as const) {
  test(`the wallboard passes axe in the ${theme} theme and fits the screen`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/monitor");
    await expect(channelRow(page, CHANNEL)).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    // The page itself never scrolls sideways (a table may, inside its own frame).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
