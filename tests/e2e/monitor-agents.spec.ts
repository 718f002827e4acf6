import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { signInOnAnotherDevice } from "../pages/theme-helpers";

/*
 * The wallboard's agent row leads to that agent's conversations (issue 10: "clicking a number
 * opens the matching inbox view"), and the wallboard reads as cards on a 390 px phone while wide
 * screens keep the tables.
 */

const SUPERVISOR = { email: "supervisor@switchboard.test", password: "switchboard-supervisor" };
const AGENT_NAME = "Alex Agent";

interface ListPage {
  conversations: { id: string; channelId: string; destination: string; assigneeId: string | null }[];
  nextCursor: string | null;
}

async function everyPage(api: APIRequestContext, path: string): Promise<ListPage["conversations"]> {
  const rows: ListPage["conversations"] = [];
  let cursor: string | null = null;
  do {
    const res = await api.get(`${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.ok(), path).toBe(true);
    const page = (await res.json()) as ListPage;
    rows.push(...page.conversations);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** The destinations the list shows (every row is rendered: the demo lists are short). */
async function listedDestinations(page: Page): Promise<string[]> {
  const rows = page.getByRole("navigation", { name: "Conversations" }).locator("[data-conversation-row]");
  return (await rows.evaluateAll((links) => links.map((l) => l.getAttribute("data-destination") ?? ""))).sort();
}

test("a supervisor clicks an agent's open count on the wallboard and sees exactly that agent's open conversations, until Clear", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const api = page.request;
  const board = (await (await api.get("/api/monitor")).json()) as { agents: { id: string; name: string }[] };
  const alex = board.agents.find((a) => a.name === AGENT_NAME)!.id;
  const channels = (await (await api.get("/api/channels")).json()) as { channels: { id: string; name: string }[] };
  const telegramBot = channels.channels.find((c) => c.name === "Telegram Bot")?.id;
  // Two unassigned open conversations in channels Alex is a member of become Alex's for the test.
  const free = (await everyPage(api, "/api/conversations?view=unassigned")).filter((c) => c.channelId !== telegramBot).slice(0, 2);
  expect(free).toHaveLength(2);
  const assign = async (id: string, assigneeId: string | null) =>
    expect((await api.put(`/api/conversations/${id}/assignee`, { data: { assigneeId }, headers: { origin: baseURL! } })).ok()).toBe(true);
  for (const c of free) await assign(c.id, alex);
  try {
    const expected = (await everyPage(api, `/api/conversations?assignee=${alex}`)).map((c) => c.destination).sort();
    expect(expected).toEqual(expect.arrayContaining(free.map((c) => c.destination)));

    const supervisor = await signInOnAnotherDevice(browser, "light", SUPERVISOR);
    await supervisor.goto("/monitor");
    const count = supervisor.getByRole("table", { name: "Agents" }).getByRole("link", { name: new RegExp(`^${expected.length} open conversations? assigned to ${AGENT_NAME},`) });
    await expect(count).toHaveText(new RegExp(`^${expected.length} / \\d+$`));
    await count.click();

    await expect(supervisor).toHaveURL(new RegExp(`/inbox/all\\?assignee=${alex}$`));
    await expect(supervisor.getByText(`Assigned to ${AGENT_NAME}`, { exact: true })).toBeVisible();
    // The view tabs count the whole inbox, not this agent: the filter's line stands in for them.
    await expect(supervisor.getByRole("tablist", { name: "Views" })).toHaveCount(0);
    await expect.poll(() => listedDestinations(supervisor)).toEqual(expected);

    await supervisor.getByRole("button", { name: "Clear", exact: true }).click();
    await expect(supervisor).toHaveURL(/\/inbox\/all$/);
    await expect(supervisor.getByText(`Assigned to ${AGENT_NAME}`, { exact: true })).toHaveCount(0);
    await expect(supervisor.getByRole("tablist", { name: "Views" })).toBeVisible();
    // Every open conversation again, not only Alex's.
    await expect.poll(async () => (await listedDestinations(supervisor)).length).toBeGreaterThan(expected.length);
    await supervisor.context().close();
  } finally {
    for (const c of free) await assign(c.id, null);
  }
});

test("the wallboard fits a 390 px phone as cards, and wider screens keep the tables", async ({ page }) => {
  const phone = test.info().project.name === "phone";
  await page.goto("/monitor");
  const channels = page.getByRole("table", { name: "Channels" });
  const row = channels.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Website chat", exact: true }) });
  await expect(row).toBeVisible();
  // The channel's figures are there, with their links, in view.
  const open = row.getByRole("link", { name: /open conversations? in Website chat$/ });
  const unassigned = row.getByRole("link", { name: /unassigned conversations? in Website chat$/ });
  for (const link of [open, unassigned]) await expect(link).toBeInViewport();

  const layout = await page.evaluate(() => {
    const frames = [...document.querySelectorAll<HTMLElement>("[role=region]")];
    const cell = document.querySelector<HTMLElement>("table td[data-label]")!;
    return {
      pageWidth: document.documentElement.scrollWidth,
      framesScroll: frames.some((f) => f.scrollWidth > f.clientWidth),
      tableDisplay: getComputedStyle(document.querySelector("table")!).display,
      label: getComputedStyle(cell, "::before").content,
    };
  });
  if (phone) {
    // No sideways scroll, of the page or of a table's frame; each figure is labelled on screen.
    expect(layout.pageWidth).toBeLessThanOrEqual(390);
    expect(layout.framesScroll).toBe(false);
    expect(layout.tableDisplay).toBe("block");
    expect(layout.label).toContain('"Open"');
  } else {
    expect(layout.tableDisplay).toBe("table");
    expect(layout.label).toBe("none");
    for (const name of ["Channel", "Open", "Unassigned", "Waiting", "Agents online"]) {
      await expect(channels.getByRole("columnheader", { name, exact: true })).toBeVisible();
    }
  }
});
