"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { RecorderState } from "./use-voice-recorder";

function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The visible recording state: a pulsing dot, the elapsed time, Stop and Cancel. */
export function RecordingBar({ state, onStop, onCancel }: { state: RecorderState; onStop: () => void; onCancel: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const t = useTranslations("composer.recording");
  useEffect(() => {
    if (state.kind !== "recording") return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [state.kind]);
  if (state.kind === "idle") return null;
  const elapsed = state.kind === "recording" ? Math.max(0, now - state.startedAt) : 0;
  return (
    <div role="status" className="mb-2 flex items-center gap-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900">
      <span aria-hidden="true" className="size-2.5 animate-pulse rounded-full bg-red-600" />
      <span>
        {state.kind === "starting" ? t("starting") : t("recording")}{" "}
        <time aria-label={t("elapsed")}>{formatElapsed(elapsed)}</time>
      </span>
      <span className="ml-auto flex gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button onClick={onStop} disabled={state.kind !== "recording"}>
          {t("stop")}
        </Button>
      </span>
    </div>
  );
}
