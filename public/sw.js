/*
 * Switchboard's service worker, hand-written (see the commit that added it for why not Serwist).
 *
 * What it caches, and only this: the offline page, the icons, and Next's hashed build assets
 * (/_next/static/*, immutable by name). Never API answers (/api/*), file links (/files/*) or HTML
 * pages: they hold customer data, which must not outlive the session on a shared device.
 * Navigations go to the network; when it fails, the offline page answers.
 */
const VERSION = "v1";
const SHELL = `switchboard-shell-${VERSION}`;
const STATIC = `switchboard-static-${VERSION}`;
// Device settings the page hands over (the worker cannot read localStorage); no customer data.
const PREFS = "switchboard-prefs";
const OFFLINE_URL = "/offline.html";
const SHELL_FILES = [OFFLINE_URL, "/icons/icon-192.png", "/icons/icon-512.png", "/icons/maskable-512.png"];
const SOUND_KEY = "/__prefs/sound";

// The offline page is one static file in English; French and Spanish browsers get it in their
// language, swapped in here from the browser's language (no script may run on that page: its CSP
// wants a per-request nonce a static file cannot have). Keep in step with public/offline.html.
const OFFLINE_TEXT = {
  fr: {
    "You are offline": "Vous êtes hors ligne",
    "Switchboard needs a connection to show conversations. Drafts you were typing stay on this device.":
      "Switchboard a besoin d’une connexion pour afficher les conversations. Les brouillons que vous rédigiez restent sur cet appareil.",
    "Try again": "Réessayer",
  },
  es: {
    "You are offline": "Estás sin conexión",
    "Switchboard needs a connection to show conversations. Drafts you were typing stay on this device.":
      "Switchboard necesita conexión para mostrar las conversaciones. Los borradores que estabas escribiendo se quedan en este dispositivo.",
    "Try again": "Reintentar",
  },
};

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  const keep = new Set([SHELL, STATIC, PREFS]);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => offlinePage()));
    return;
  }
  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(cacheFirst(request));
  }
  // Everything else (/api/*, /files/*, RSC payloads, the manifest) is the network's alone.
});

async function offlinePage() {
  const cached = await caches.match(OFFLINE_URL, { cacheName: SHELL });
  const lang = String(self.navigator.language || "en").slice(0, 2).toLowerCase();
  const words = OFFLINE_TEXT[lang];
  if (!cached || !words) return cached;
  let html = (await cached.text()).replace('<html lang="en">', `<html lang="${lang}">`);
  for (const [english, translated] of Object.entries(words)) html = html.replaceAll(english, translated);
  const headers = new Headers(cached.headers);
  headers.delete("content-length");
  return new Response(html, { status: cached.status, headers });
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(STATIC).then((cache) => cache.put(request, copy));
  }
  return response;
}

self.addEventListener("message", (event) => {
  if (event.origin && event.origin !== self.location.origin) return;
  const data = event.data || {};
  if (data.type === "sign-out") {
    // Nothing cached holds customer data, but a signed-out device keeps nothing it need not.
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(names.filter((n) => n !== PREFS).map((n) => caches.delete(n))))
        .then(() => caches.open(SHELL))
        .then((cache) => cache.addAll(SHELL_FILES)),
    );
  } else if (data.type === "sound") {
    event.waitUntil(caches.open(PREFS).then((cache) => cache.put(SOUND_KEY, new Response(data.on ? "on" : "off"))));
  }
});

async function soundOn() {
  const stored = await caches.match(SOUND_KEY, { cacheName: PREFS });
  return !stored || (await stored.text()) === "on";
}

self.addEventListener("push", (event) => {
  event.waitUntil(showPush(event.data));
});

async function showPush(data) {
  let payload = {};
  try {
    payload = data ? data.json() : {};
  } catch {
    // A payload that is not ours still deserves a notification: the browser requires one.
  }
  const title = typeof payload.title === "string" ? payload.title : "Switchboard";
  const url = typeof payload.url === "string" && payload.url.startsWith("/") ? payload.url : "/inbox";
  await self.registration.showNotification(title, {
    body: typeof payload.body === "string" ? payload.body : "Something new in the inbox",
    tag: typeof payload.tag === "string" ? payload.tag : undefined,
    renotify: typeof payload.tag === "string",
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    silent: !(await soundOn()),
    data: { url },
  });
}

// The push service may rotate or expire a subscription (Firefox does; Chromium rarely): subscribe
// again with the same options and tell the server, which moves the old device's choice of events
// to the new endpoint and forgets the old one. Without this the device would silently stop
// getting pushes until the agent turned notifications off and on again.
self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil(resubscribe(event.oldSubscription, event.newSubscription));
});

async function resubscribe(oldSubscription, newSubscription) {
  const fresh =
    newSubscription ||
    (oldSubscription && oldSubscription.options && (await self.registration.pushManager.subscribe(oldSubscription.options)));
  if (!fresh) return;
  const body = { ...fresh.toJSON(), replaces: oldSubscription ? oldSubscription.endpoint : undefined };
  // Same origin, so the session cookie goes along. Signed out, the server answers 401 and the
  // device stays off until notifications are turned on again (Settings → Notifications).
  await fetch("/api/push/subscriptions", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => undefined);
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data && event.notification.data.url) || "/inbox", self.location.origin).href;
  event.waitUntil(openOrFocus(target));
});

async function openOrFocus(target) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
  if (open) {
    await open.focus();
    return open.navigate(target);
  }
  return self.clients.openWindow(target);
}
