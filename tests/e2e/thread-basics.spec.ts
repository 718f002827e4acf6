import { expect, test } from "../fixtures";

// Issue 14: what agents expect of a thread, each seen in the browser.
const CHANNEL = "Website chat";

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
