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
