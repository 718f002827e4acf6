import { expect, test } from "../fixtures";
import { InboxPage } from "../pages/inbox-page";

/**
 * Settings as an admin uses them: adding an agent with access to one channel (who then sees only
 * that channel), a refused duplicate that keeps what was typed, and the audit log showing both
 * the sign-in and the new agent.
 */

// Per project: the desktop and phone runs share one server, and other specs share its data.
const newAgent = () => ({ name: "Hana Field", email: `hana-${test.info().project.name}@example.com`, password: "hana-password-1" });

test("an admin adds an agent with one channel, who signs in and sees only that channel", async ({ page, browser, baseURL }) => {
  const NEW_AGENT = newAgent();
  await page.goto("/inbox");
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" })).toBeVisible();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Agents" }).click();

  await page.getByRole("button", { name: "Add agent" }).click();
  await page.getByLabel("Name", { exact: true }).fill(NEW_AGENT.name);
  await page.getByLabel("Email", { exact: true }).fill(NEW_AGENT.email);
  await page.getByLabel("Password", { exact: true }).fill(NEW_AGENT.password);
  await page.getByLabel("Role", { exact: true }).selectOption("agent");
  await page.getByRole("checkbox", { name: "Telegram Bot" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("row").filter({ hasText: NEW_AGENT.email })).toContainText("Telegram Bot");

  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const other = await context.newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill(NEW_AGENT.email);
  await other.getByLabel("Password").fill(NEW_AGENT.password);
  await other.getByRole("button", { name: "Sign in", exact: true }).click();
  const inbox = new InboxPage(other);
  await expect(inbox.channels).toBeVisible();
  await expect(inbox.channelLink("Telegram Bot")).toBeVisible();
  // "All channels" and Telegram Bot: none of the channels it has no access to.
  await expect(inbox.channels.getByRole("link", { name: /WhatsApp Support|Website chat/ })).toHaveCount(0);
  // The admin pages are not theirs: only the profile and notifications are offered, and a direct URL is refused.
  await other.goto("/settings/agents");
  await expect(other.getByText("only admins can open it")).toBeVisible();
  await expect(other.getByRole("navigation", { name: "Settings" }).getByRole("link")).toHaveText(["Profile", "Notifications"]);
  await context.close();
});

test("a duplicate email is refused with a clear message, and what was typed stays", async ({ page }) => {
  await page.goto("/settings/agents");
  await page.getByRole("button", { name: "Add agent" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Second Admin Try");
  await page.getByLabel("Email", { exact: true }).fill("ADMIN@switchboard.test");
  await page.getByLabel("Password", { exact: true }).fill("some-password-2");
  await page.getByLabel("Role", { exact: true }).selectOption("supervisor");
  await page.getByRole("checkbox", { name: "WhatsApp Support" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  const form = page.getByRole("form", { name: "Add agent" });
  await expect(form.getByRole("alert")).toHaveText("An agent with this email already exists.");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Second Admin Try");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("ADMIN@switchboard.test");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("some-password-2");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("supervisor");
  await expect(page.getByRole("checkbox", { name: "WhatsApp Support" })).toBeChecked();

  // Checked in the browser with the route's own schema: a short password never leaves the page.
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The password must be at least 8 characters long.")).toBeVisible();
});

test("the audit log lists the sign-in and the agent creation, and filters by kind", async ({ page }) => {
  const NEW_AGENT = newAgent();
  await page.goto("/settings/audit");
  const rows = page.getByRole("row");
  // The admin signed in once, before every other spec: by now a page of newer entries (auto
  // assignments, joins, status changes) is in front of it, so it is found by its kind.
  await page.getByLabel("Kind").selectOption("sign_in");
  await expect(rows.filter({ hasText: "sign_in" }).filter({ hasText: "admin@switchboard.test" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "agent.created" })).toHaveCount(0);
  await page.getByLabel("Kind").selectOption("agent.created");
  await expect(rows.filter({ hasText: "sign_in" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "agent.created" }).filter({ hasText: NEW_AGENT.email })).toBeVisible();
});

test("a label or canned reply that already exists is refused in place, keeping what was typed", async ({ page }) => {
  const tag = test.info().project.name;
  const [label, shortcut] = [`Escalated ${tag}`, `thanks-${tag}`];
  await page.goto("/settings/labels");
  const newLabel = page.getByRole("form", { name: "New label" });
  await newLabel.getByLabel("Label name").fill(label);
  await newLabel.getByRole("button", { name: "Colour #ef4444" }).click();
  await newLabel.getByRole("button", { name: "Add label" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: label })).toBeVisible();
  await newLabel.getByLabel("Label name").fill(label.toUpperCase());
  await newLabel.getByRole("button", { name: "Add label" }).click();
  await expect(newLabel.getByRole("alert")).toHaveText(`A label named “${label.toUpperCase()}” already exists.`);
  await expect(newLabel.getByLabel("Label name")).toHaveValue(label.toUpperCase());

  await page.goto("/settings/canned-replies");
  await expect(page.getByText("{{contact.name}}", { exact: true })).toBeVisible();
  const newReply = page.getByRole("form", { name: "New canned reply" });
  await newReply.getByLabel("Shortcut").fill(shortcut);
  await newReply.getByLabel("Text").fill("Thanks, {{contact.name}}!");
  await newReply.getByRole("button", { name: "Add canned reply" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: `/${shortcut}` })).toBeVisible();
  await newReply.getByLabel("Shortcut").fill(shortcut.toUpperCase());
  await newReply.getByLabel("Text").fill("A second text that must survive the refusal");
  await newReply.getByRole("button", { name: "Add canned reply" }).click();
  await expect(newReply.getByRole("alert")).toHaveText(`The shortcut /${shortcut.toUpperCase()} is already used.`);
  await expect(newReply.getByLabel("Text")).toHaveValue("A second text that must survive the refusal");
});

test("a channel's display name is what the inbox shows", async ({ page }) => {
  await page.goto("/settings/channels");
  const form = page.getByRole("form", { name: "Settings of Website chat" });
  await form.getByLabel("Display name").fill("Front desk");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await page.goto("/inbox");
  const inbox = new InboxPage(page);
  await expect(inbox.channelLink("Front desk")).toBeVisible();
  await expect(inbox.channelLink("Website chat")).toHaveCount(0);

  // Back to the provider's name: the specs after this one know the channel by it.
  await page.goto("/settings/channels");
  await form.getByLabel("Display name").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(form.getByText("At the provider: Website chat")).toBeVisible();
});
