import { test, expect } from "../fixtures";

// A sync every 2 s plus the event's way to the browser.
const LIVE = { timeout: 10_000 };
const CHANNEL = "Website chat";

test("an agent takes an unassigned conversation, resolves it, the customer writes again and it is open again and still theirs; a snooze into the past is refused", async ({
  agentInbox: agent,
  contact,
}) => {
  const destination = `assign-${Date.now()}`;
  await contact.write(CHANNEL, destination, `I need help with my order ${destination}`);

  await agent.open();
  await agent.openChannel(CHANNEL);
  await agent.openConversation(destination);
  const page = agent.page;
  const header = page.getByRole("region", { name: destination });
  await expect(header.getByText("Unassigned")).toBeVisible();

  // The menu is keyboard-operable: Escape closes it and gives focus back to its button.
  const assign = page.getByRole("button", { name: "Assign", exact: true });
  await assign.click();
  await expect(page.getByRole("menuitem", { name: "Assign to me" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(assign).toBeFocused();

  await assign.click();
  await page.getByRole("menuitem", { name: "Assign to me" }).click();
  await expect(header.getByText("Assigned to You")).toBeVisible();

  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(header.getByText("Status: Resolved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();

  const again = `Actually, one more thing ${Date.now()}`;
  await contact.write(CHANNEL, destination, again);
  await expect(agent.message(again)).toBeVisible(LIVE);
  await expect(header.getByText("Status: Open")).toBeVisible(LIVE);
  await expect(header.getByText("Assigned to You")).toBeVisible();

  await page.getByRole("button", { name: "Snooze" }).click();
  await page.getByRole("menuitem", { name: "Pick a date…" }).click();
  const until = page.getByLabel("Snooze until");
  await until.fill("2020-01-01T09:00");
  await page.getByRole("button", { name: "Save snooze" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose a time in the future." })).toBeVisible();
  // Nothing typed is lost, and nothing changed.
  await expect(until).toHaveValue("2020-01-01T09:00");
  await expect(header.getByText("Status: Open")).toBeVisible();
});
