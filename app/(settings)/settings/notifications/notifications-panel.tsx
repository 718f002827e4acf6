"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { apiFetch, ApiError } from "@/components/inbox/api-fetch";
import { currentPushSubscription, setSoundEnabled, soundEnabled, subscribeThisDevice } from "@/components/pwa/device";
import { FormMessage } from "@/components/settings/form-kit";
import { Button } from "@/components/ui/button";
import type { PushEvents } from "@/lib/push/schema";
import type { PushDeviceResponse, PushDevicesResponse } from "@/app/api/push/subscriptions/route";
import type { PushPublicKeyResponse } from "@/app/api/push/public-key/route";

type State = { kind: "loading" } | { kind: "unsupported" } | { kind: "off" } | { kind: "on"; endpoint: string };

const EVENTS: (keyof PushEvents)[] = ["messages", "mentions", "assignments"];
const ALL_EVENTS: PushEvents = { messages: true, mentions: true, assignments: true };

const supported = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** Enable (the permission prompt only after that click), choose events and sound, turn off. */
export function NotificationsPanel() {
  const t = useTranslations("settings.notifications");
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
      setError(e instanceof ApiError ? e.message : t("failed"));
    } finally {
      setPending(false);
    }
  }

  const enable = () =>
    run(async () => {
      if ((await Notification.requestPermission()) !== "granted") {
        setError(t("blocked"));
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

  if (state.kind === "loading") return <p className="text-sm text-gray-600">{t("checking")}</p>;
  if (state.kind === "unsupported")
    return (
      <p className="max-w-md text-sm text-gray-700">
        {t("unsupported")}
      </p>
    );

  return (
    <div className="flex max-w-md flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4">
      <FormMessage error={error} />
      <p role="status" className="text-sm text-gray-800">
        {state.kind === "on" ? t("on") : t("off")}
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-gray-800">{t("notifyOf")}</legend>
        {EVENTS.map((key) => (
          <label key={key} className="flex min-h-9 items-center gap-2 text-sm text-gray-800">
            <input type="checkbox" className="size-4" checked={events[key]} disabled={pending} onChange={(e) => changeEvent(key, e.target.checked)} />
            {t(`events.${key}`)}
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
          {t("sound")}
        </label>
      </fieldset>
      {state.kind === "on" ? (
        <Button variant="secondary" className="self-start" disabled={pending} onClick={() => void turnOff()}>
          {t("turnOff")}
        </Button>
      ) : (
        <Button className="self-start" disabled={pending} onClick={() => void enable()}>
          {t("enable")}
        </Button>
      )}
    </div>
  );
}
