import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import sharp from "sharp";
import { AGENT_STATE, expect, test } from "../fixtures";
import { decryptPush, newBrowserKeys, startPushService } from "../support/push-service";

const CHANNEL = "Website chat";
// The push service stand-in listens in this checkout's port range, beside the app.
const PUSH_PORT = Number(process.env.E2E_PORT ?? 3107) + 12;

async function workerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims open pages on activation; until then this page's requests bypass it.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test("the manifest is served without a session, with the fields an install needs, and its icons load", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.get("/manifest.webmanifest");
  expect(res.status()).toBe(200);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ name: "Switchboard", short_name: "Switchboard", start_url: "/inbox", display: "standalone", theme_color: expect.any(String), background_color: expect.any(String) });
  const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
  expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of icons) {
    const image = await anonymous.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const { width, height } = await sharp(await image.body()).metadata();
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
  const worker = await anonymous.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
  await anonymous.dispose();
});

test("the service worker installs; offline, a navigation shows \"You are offline\" and nothing with customer data was cached", async ({ page, context }) => {
  const response = await page.goto("/inbox");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await workerReady(page);
  // Something from the API went through the worker while online.
  await page.evaluate(() => fetch("/api/channels").then((r) => r.status));

  await context.setOffline(true);
  try {
    await page.goto("/inbox");
    await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
    // API answers are never served from a cache: offline, they fail.
    expect(await page.evaluate(() => fetch("/api/channels").then(() => "answered", () => "failed"))).toBe("failed");
  } finally {
    await context.setOffline(false);
  }
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached).toContain("/offline.html");
  expect(cached.filter((p) => !/^\/(_next\/static\/|icons\/|offline\.html$)/.test(p))).toEqual([]);
});

/** Stands in for the browser's PushManager: subscriptions point at the test's push service. */
async function fakePushManager(context: BrowserContext, endpoint: string, keys: { p256dh: string; auth: string }) {
  await context.addInitScript(
    ({ endpoint, keys }) => {
      const key = "e2e.push.subscribed";
      const decode = (s: string) => Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (s.length % 4)) % 4)), (c) => c.charCodeAt(0)).buffer;
      const subscription = {
        endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true, applicationServerKey: null },
        getKey: (name: "p256dh" | "auth") => decode(keys[name]),
        toJSON: () => ({ endpoint, expirationTime: null, keys }),
        unsubscribe: async () => (localStorage.removeItem(key), true),
      };
      PushManager.prototype.subscribe = async function () {
        localStorage.setItem(key, "1");
        return subscription as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async function () {
        return (localStorage.getItem(key) ? subscription : null) as unknown as PushSubscription | null;
      };
    },
    { endpoint, keys },
  );
}

test("a push subscription is made, a contact writes while the inbox is closed, and the service worker receives the push and shows it", async ({ browser, baseURL, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor, contact }) => {
  const pushService = await startPushService(PUSH_PORT);
  const context = await browser.newContext({ baseURL, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor, storageState: AGENT_STATE });
  try {
    await context.grantPermissions(["notifications"], { origin: baseURL });
    const keys = newBrowserKeys();
    const endpoint = `${pushService.url}/e2e/${randomUUID()}`;
    await fakePushManager(context, endpoint, keys.json);

    // The demo agent turns notifications on for this device (the real page, routes and worker).
    const settings = await context.newPage();
    await settings.goto("/settings/notifications");
    await settings.getByRole("button", { name: "Enable notifications" }).click();
    await expect(settings.getByText("Notifications are on for this device.")).toBeVisible();
    await expect(settings.getByRole("checkbox", { name: "New customer messages" })).toBeChecked();
    await settings.close();
    expect(context.pages()).toHaveLength(0);

    // A new customer writes in a channel the agent belongs to, with no Switchboard page open.
    await contact.write(CHANNEL, `push-${Date.now()}`, "Hello, is anyone there?");
    const push = await expect
      .poll(() => pushService.received.find((p) => p.path === new URL(endpoint).pathname), { timeout: 30_000 })
      .toBeTruthy()
      .then(() => pushService.received.find((p) => p.path === new URL(endpoint).pathname)!);
    const payload = decryptPush(push, keys);
    expect(payload).toMatchObject({ title: CHANNEL, body: "New message" });
    expect(payload.url).toMatch(/^\/inbox\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);

    // Chromium cannot reach a real push service here: DevTools hands the decrypted message to
    // the real worker, as the browser would after decrypting it.
    const devtoolsPage = await context.newPage();
    const cdp = await context.newCDPSession(devtoolsPage);
    const registrations = new Map<string, string>();
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations: list }) => {
      for (const r of list) if (!r.isDeleted) registrations.set(r.scopeURL, r.registrationId);
    });
    await cdp.send("ServiceWorker.enable");
    await expect.poll(() => registrations.get(`${baseURL}/`)).toBeTruthy();
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: baseURL!, registrationId: registrations.get(`${baseURL}/`)!, data: JSON.stringify(payload) });

    // The offline page: same origin, no customer data, enough to ask the worker what it showed.
    await devtoolsPage.goto("/offline.html");
    await expect
      .poll(() => devtoolsPage.evaluate(async () => (await (await navigator.serviceWorker.getRegistration())!.getNotifications()).map((n) => ({ title: n.title, body: n.body, url: n.data?.url }))), { timeout: 10_000 })
      .toEqual([{ title: CHANNEL, body: "New message", url: payload.url }]);
  } finally {
    await context.close();
    await pushService.close();
  }
});
