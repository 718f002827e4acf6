import type { APIRequestContext, Page } from "@playwright/test";
import type { ChannelsResponse, ConversationsResponse, ConversationView, ThreadResponse } from "@/lib/inbox/types";
import { bulkMessageText } from "@/lib/sandbox/simulator-schema";
import { expect, test, type ContactApi } from "../fixtures";

// Issue 12 part 4: a 20,000-message thread and a 2,000-conversation channel stay light in the page.
const CHANNEL = "Telegram Bot";
const LONG = "long-thread-20k";
const LONG_COUNT = 20_000;
const MANY = "many-chats";
const MANY_COUNT = 2_000;
/** From the click on the row to the newest message on screen. */
const OPEN_BUDGET_MS = 300;
/** Every element in the page (header, panes, composer included). */
const NODE_BUDGET = 2_000;

const NEWEST = `${bulkMessageText(LONG, LONG_COUNT)}`;
const OLDEST = `${bulkMessageText(LONG, 1)}`;

/**
 * Imports a generated history into the channel's mirror, once per run (the phone project finds it
 * there): a sandbox-only, admin-only route. Answers how long it took, or null when it was there.
 */
async function seedOnce(contact: ContactApi, request: APIRequestContext, origin: string, body: { destination: string; chats: number; messagesPerChat: number; from: string }): Promise<number | null> {
  const channel = await contact.channel(CHANNEL);
  const started = Date.now();
  const res = await request.post(`/sandbox/simulator/channels/${channel.id}/history`, { data: body, headers: { origin } });
  if (res.status() === 422 && (await res.json()).error.fields?.destination === "exists") return null;
  expect(res.status()).toBe(201);
  return Date.now() - started;
}

async function appChannelId(request: APIRequestContext): Promise<string> {
  const { channels } = (await (await request.get("/api/channels")).json()) as ChannelsResponse;
  return channels.find((c) => c.name === CHANNEL)!.id;
}

/** A conversation of the channel's list, by destination, page by page. */
async function findConversation(request: APIRequestContext, channelId: string, destination: string): Promise<ConversationView> {
  let cursor: string | null = null;
  do {
    const page = (await (await request.get(`/api/channels/${channelId}/conversations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`)).json()) as ConversationsResponse;
    const found = page.conversations.find((c) => c.destination === destination);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  throw new Error(`no conversation ${destination}`);
}

/**
 * Clicks the conversation's row and answers the time, measured in the page, from the click (a
 * capture-phase listener) to the first animation frame in which the row of its newest message
 * lies inside the thread's scroll area.
 */
async function timeOpen(page: Page, destination: string, newest: string): Promise<number> {
  const row = page.locator(`nav[aria-label="Conversations"] a[data-destination="${destination}"]`);
  await expect(row).toBeVisible();
  await page.evaluate(
    ({ destination, newest }) => {
      const w = window as unknown as { openTimes: { clicked: number; shown: number } };
      w.openTimes = { clicked: 0, shown: 0 };
      const onClick = (event: MouseEvent) => {
        if (!(event.target as Element).closest(`a[data-destination="${destination}"]`)) return;
        document.removeEventListener("click", onClick, true);
        w.openTimes.clicked = performance.now();
        const check = () => {
          const area = document.querySelector('[role="log"][aria-label="Messages"] [tabindex="0"]');
          const li = area && [...area.querySelectorAll("li")].find((el) => el.textContent?.includes(newest));
          if (area && li) {
            const a = li.getBoundingClientRect();
            const b = area.getBoundingClientRect();
            if (a.height > 0 && a.top < b.bottom && a.bottom > b.top) {
              w.openTimes.shown = performance.now();
              return;
            }
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      document.addEventListener("click", onClick, true);
    },
    { destination, newest },
  );
  await row.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { openTimes: { shown: number } }).openTimes.shown)).toBeGreaterThan(0);
  const times = await page.evaluate(() => (window as unknown as { openTimes: { clicked: number; shown: number } }).openTimes);
  return times.shown - times.clicked;
}

const nodes = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);
const scroller = (page: Page) => page.getByRole("log", { name: "Messages" }).locator('[tabindex="0"]');

test("a 20,000-message thread opens at its newest message within 300 ms, under 2,000 DOM nodes, and stays bounded back to its first", async ({ page, contact, baseURL }) => {
  test.setTimeout(420_000);
  const seeded = await seedOnce(contact, page.request, baseURL!, { destination: LONG, chats: 1, messagesPerChat: LONG_COUNT, from: "both" });
  console.log(seeded === null ? "long thread already imported" : `imported ${LONG_COUNT} messages in ${seeded} ms`);
  const channelId = await appChannelId(page.request);
  const conversation = await findConversation(page.request, channelId, LONG);
  // Read, so it opens at its newest message (an unread one opens at the unread separator).
  const read = await page.request.post(`/api/conversations/${conversation.id}/read`, { headers: { origin: baseURL!, "content-type": "application/json" } });
  expect(read.ok()).toBe(true);

  // As an agent at work: the inbox open and settled (its start-up requests done), another
  // conversation open (the conversation page's code loaded), then the long thread, not yet in
  // the page's cache. Five rounds, each on a freshly loaded page; the median is held (a single
  // open on this shared two-core machine varies by ±100 ms).
  const settle = () => page.waitForTimeout(1_000);
  await page.goto(`/inbox/${channelId}`);
  const other = await page.locator(`nav[aria-label="Conversations"] a[data-destination]:not([data-destination="${LONG}"])`).first().getAttribute("data-destination");
  const otherConversation = await findConversation(page.request, channelId, other!);
  const otherThread = (await (await page.request.get(`/api/conversations/${otherConversation.id}/messages`)).json()) as ThreadResponse;
  const opens: number[] = [];
  const references: number[] = [];
  for (let round = 0; round < 5; round++) {
    if (round > 0) await page.goto(`/inbox/${channelId}`);
    await settle();
    references.push(await timeOpen(page, other!, otherThread.messages.filter((m) => m.text).at(-1)!.text));
    await settle();
    opens.push(await timeOpen(page, LONG, NEWEST));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const openMs = median(opens);
  const atOpen = await nodes(page);
  await page.waitForTimeout(500);
  const settled = await nodes(page);
  const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");
  console.log(`open: median ${openMs.toFixed(0)} ms to the newest of ${LONG_COUNT} messages (${ms(opens)}; a ${otherThread.messages.length}-message conversation: ${ms(references)}); DOM nodes ${atOpen} at open, ${settled} half a second later`);
  await expect(page.getByLabel("Messages").getByText(NEWEST)).toBeInViewport();
  expect(Math.max(atOpen, settled)).toBeLessThanOrEqual(NODE_BUDGET);
  // The median of five opens, each from a settled inbox with the conversation page's code loaded;
  // the short conversation's median is logged beside it (what the thread's length adds).
  expect(openMs).toBeLessThanOrEqual(OPEN_BUDGET_MS);

  // Older pages load above what is being read without moving it.
  const area = scroller(page);
  const older = page.waitForResponse((r) => r.url().includes(`/api/conversations/${conversation.id}/messages?before=`) && r.ok());
  const before = await area.evaluate(async (el) => {
    el.scrollTop = 0;
    // Two frames: the virtualizer renders the rows at the top before the older page can arrive.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const top = el.getBoundingClientRect().top;
    const li = [...el.querySelectorAll("li")].find((row) => /#\d+/.test(row.textContent ?? "") && row.getBoundingClientRect().top >= top)!;
    return { text: li.textContent!, top: li.getBoundingClientRect().top, number: Number(/#(\d+)/.exec(li.textContent!)![1]) };
  });
  // The older page is in, and rendered.
  await older;
  await expect(area.locator('[role="status"]')).toHaveCount(0);
  const after = await area.evaluate(async (el, text) => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return [...el.querySelectorAll("li")].find((row) => row.textContent === text)?.getBoundingClientRect().top ?? null;
  }, before.text);
  console.log(`older page: "${before.text.slice(0, 40)}…" at ${before.top.toFixed(1)} px before, ${after?.toFixed(1)} px after`);
  expect(after).not.toBeNull();
  expect(Math.abs(after! - before.top)).toBeLessThanOrEqual(1);

  // All the way back to the first message, page by page: the page stays bounded throughout.
  let most = 0;
  const back = Date.now();
  await expect
    .poll(
      async () => {
        const state = await area.evaluate((el, oldest) => {
          el.scrollTop = 0;
          return { count: document.getElementsByTagName("*").length, found: [...el.querySelectorAll("li")].some((li) => li.textContent?.includes(oldest)) };
        }, OLDEST);
        most = Math.max(most, state.count);
        return state.found;
      },
      { timeout: 300_000, intervals: [50] },
    )
    .toBe(true);
  console.log(`scrolled back to the first of ${LONG_COUNT} messages in ${Date.now() - back} ms; at most ${most} DOM nodes on the way`);
  await expect(page.getByLabel("Messages").getByText(OLDEST)).toBeInViewport();
  expect(most).toBeLessThanOrEqual(NODE_BUDGET);
});

test("a channel with 2,000 conversations keeps the DOM bounded to the end of its list, and j/k reach rows that were not mounted", async ({ page, contact, baseURL, isMobile }) => {
  test.setTimeout(300_000);
  // Only the account writes: 2,000 unread conversations would weigh on every later test's counts.
  const seeded = await seedOnce(contact, page.request, baseURL!, { destination: MANY, chats: MANY_COUNT, messagesPerChat: 1, from: "operator" });
  console.log(seeded === null ? "conversations already imported" : `imported ${MANY_COUNT} conversations in ${seeded} ms`);
  const channelId = await appChannelId(page.request);
  const started = Date.now();

  await page.goto(`/inbox/${channelId}`);
  const list = page.getByRole("navigation", { name: "Conversations" });
  await expect(list.locator(`a[data-destination="${MANY}-${MANY_COUNT}"]`)).toBeVisible();
  let most = 0;
  await expect
    .poll(
      async () => {
        const state = await list.evaluate((el, last) => {
          el.scrollTop = el.scrollHeight;
          return { count: document.getElementsByTagName("*").length, found: !!el.querySelector(`a[data-destination="${last}"]`) };
        }, `${MANY}-1`);
        most = Math.max(most, state.count);
        return state.found;
      },
      { timeout: 240_000, intervals: [50] },
    )
    .toBe(true);
  console.log(`scrolled to the end of ${MANY_COUNT} conversations in ${Date.now() - started} ms; at most ${most} DOM nodes`);
  expect(most).toBeLessThanOrEqual(NODE_BUDGET);
  expect(await list.getByRole("link").count()).toBeLessThan(100);

  // On a phone an open thread covers the list: the shortcuts walk a list on screen.
  if (isMobile) return;
  const first = list.getByRole("link").first();
  const destination = await first.getAttribute("data-destination");
  await list.evaluate((el) => (el.scrollTop = 0));
  await list.locator(`a[data-destination="${destination}"]`).click();
  await expect(page.locator("#thread-title [data-destination]")).toHaveAttribute("data-destination", destination!);
  // The open row scrolls far out of sight; its neighbour has to be found and shown all the same.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  const second = await list.evaluate((el) => el.querySelectorAll("a[data-destination]")[1].getAttribute("data-destination"));
  await page.keyboard.press("j");
  await expect(page.locator("#thread-title [data-destination]")).toHaveAttribute("data-destination", second!);
  await expect(list.locator(`a[data-destination="${second}"]`)).toBeInViewport();
});
