"use client";

import { useEffect, useState } from "react";
import { apiFetch, ApiError } from "@/components/inbox/api-fetch";
import { currentPushSubscription, setSoundEnabled, soundEnabled, subscribeThisDevice } from "@/components/pwa/device";
import { FormMessage } from "@/components/settings/form-kit";
import { Button } from "@/components/ui/button";
import type { PushEvents } from "@/lib/push/schema";
import type { PushDeviceResponse, PushDevicesResponse } from "@/app/api/push/subscriptions/route";
import type { PushPublicKeyResponse } from "@/app/api/push/public-key/route";

type State = { kind: "loading" } | { kind: "unsupported" } | { kind: "off" } | { kind: "on"; endpoint: string };

const EVENT_LABELS: [keyof PushEvents, string][] = [
  ["messages", "New customer messages"],
  ["mentions", "Mentions"],
  ["assignments", "Assigned to me"],
];
const ALL_EVENTS: PushEvents = { messages: true, mentions: true, assignments: true };

const supported = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : "Could not change notifications on this device. Try again.");

/** Enable (the permission prompt only after that click), choose events and sound, turn off. */
export function NotificationsPanel() {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [events, setEvents] = useState<PushEvents>(ALL_EVENTS);
  const [sound, setSound] = useState(true);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // Browser-only facts, read after hydration (the server render shows "Checking…").
    void (async () => {
      if (!supported()) return setState({ kind: "unsupported" });
      setSound(soundEnabled());
      const subscription = await currentPushSubscription();
      const { devices } = await apiFetch<PushDevicesResponse>("/api/push/subscriptions");
      const mine = subscription && devices.find((d) => d.endpoint === subscription.endpoint);
      if (mine) setEvents(mine.events);
      setState(mine ? { kind: "on", endpoint: mine.endpoint } : { kind: "off" });
    })().catch(() => setState({ kind: "off" }));
  }, []);

  async function run(work: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setPending(false);
    }
  }

  const enable = () =>
    run(async () => {
      if ((await Notification.requestPermission()) !== "granted") {
        setError("Notifications are blocked for this site. Allow them in the browser's site settings, then try again.");
        return;
      }
      const { publicKey } = await apiFetch<PushPublicKeyResponse>("/api/push/public-key");
      const subscription = (await subscribeThisDevice(publicKey)).toJSON();
      const { device } = await apiFetch<PushDeviceResponse>("/api/push/subscriptions", { method: "POST", body: JSON.stringify({ ...subscription, events }) });
      setState({ kind: "on", endpoint: device.endpoint });
    });

  const changeEvent = (key: keyof PushEvents, on: boolean) => {
    const next = { ...events, [key]: on };
    setEvents(next);
    if (state.kind !== "on") return;
    void run(async () => {
      await apiFetch("/api/push/subscriptions", { method: "PATCH", body: JSON.stringify({ endpoint: state.endpoint, events: next }) });
    });
  };

  const turnOff = () =>
    run(async () => {
      if (state.kind !== "on") return;
      await apiFetch("/api/push/subscriptions", { method: "DELETE", body: JSON.stringify({ endpoint: state.endpoint }) });
      await (await currentPushSubscription())?.unsubscribe();
      setState({ kind: "off" });
    });

  if (state.kind === "loading") return <p className="text-sm text-gray-600">Checking this device…</p>;
  if (state.kind === "unsupported")
    return (
      <p className="max-w-md text-sm text-gray-700">
        This browser cannot show notifications from Switchboard. On iPhone and iPad (iOS 16.4 or later), add Switchboard to the Home Screen from the Share menu, open it from there, and enable notifications here.
      </p>
    );

  return (
    <div className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4">
      <FormMessage error={error} />
      <p role="status" className="text-sm text-gray-800">
        {state.kind === "on" ? "Notifications are on for this device." : "Notifications are off for this device."}
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-gray-800">Notify me of</legend>
        {EVENT_LABELS.map(([key, label]) => (
          <label key={key} className="flex min-h-9 items-center gap-2 text-sm text-gray-800">
            <input type="checkbox" className="size-4" checked={events[key]} disabled={pending} onChange={(e) => changeEvent(key, e.target.checked)} />
            {label}
          </label>
        ))}
        <label className="flex min-h-9 items-center gap-2 text-sm text-gray-800">
          <input
            type="checkbox"
            className="size-4"
            checked={sound}
            onChange={(e) => {
              setSound(e.target.checked);
              setSoundEnabled(e.target.checked);
            }}
          />
          Sound
        </label>
      </fieldset>
      {state.kind === "on" ? (
        <Button variant="secondary" className="self-start" disabled={pending} onClick={() => void turnOff()}>
          Turn off on this device
        </Button>
      ) : (
        <Button className="self-start" disabled={pending} onClick={() => void enable()}>
          Enable notifications
        </Button>
      )}
    </div>
  );
}
