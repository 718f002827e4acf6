"use client";

/**
 * What this browser holds for the signed-in agent outside the page: its push subscription and
 * the service worker's caches. Browser-only helpers shared by the sign-out and the settings page.
 */

const FORGET_TIMEOUT_MS = 3000;

export async function currentPushSubscription(): Promise<PushSubscription | null> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/**
 * Before sign-out: this device stops getting the agent's pushes (the next person at a shared
 * computer must not see them) and the worker drops its caches. Bounded, so a dead connection
 * never holds the sign-out up; drafts in localStorage are left alone.
 */
export async function forgetThisDevice(): Promise<void> {
  const work = (async () => {
    navigator.serviceWorker?.controller?.postMessage({ type: "sign-out" });
    const subscription = await currentPushSubscription();
    if (!subscription) return;
    await fetch("/api/push/subscriptions", {
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ endpoint: subscription.endpoint }),
    }).catch(() => null);
    await subscription.unsubscribe().catch(() => false);
  })().catch(() => undefined);
  await Promise.race([work, new Promise((resolve) => setTimeout(resolve, FORGET_TIMEOUT_MS))]);
}

/** The browser's answer to applicationServerKey: the key's bytes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The worker's registration, registering it first where the layout did not (next dev). */
async function workerRegistration(): Promise<ServiceWorkerRegistration> {
  if (!(await navigator.serviceWorker.getRegistration())) await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  return navigator.serviceWorker.ready;
}

/** Subscribes this browser with the app's VAPID key; the caller has the permission already. */
export async function subscribeThisDevice(publicKey: string): Promise<PushSubscription> {
  const registration = await workerRegistration();
  const existing = await registration.pushManager.getSubscription();
  if (existing) return existing;
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
}

const SOUND_KEY = "switchboard.notifications.sound";

/** Sound is a device setting: kept in localStorage, and handed to the worker that shows pushes. */
export function soundEnabled(): boolean {
  return localStorage.getItem(SOUND_KEY) !== "off";
}

export function setSoundEnabled(on: boolean): void {
  localStorage.setItem(SOUND_KEY, on ? "on" : "off");
  navigator.serviceWorker?.controller?.postMessage({ type: "sound", on });
}
