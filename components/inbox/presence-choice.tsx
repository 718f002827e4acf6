"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PresenceResponse } from "@/lib/teams/types";
import { ApiError, apiFetch } from "./api-fetch";
import { ChoiceRadios } from "./choice-radios";
import { ownPresenceKey } from "./team-keys";
import { useOwnPresence } from "./use-own-presence";

const CHOICES = ["online", "away"] as const;

/** "Status": Online or Away, chosen for every tab (Away holds until Online is chosen again). */
export function PresenceChoiceField() {
  const t = useTranslations("common.presence");
  const queryClient = useQueryClient();
  const current = useOwnPresence().data;
  const [pending, setPending] = useState<(typeof CHOICES)[number] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = pending ?? (current ? (current.away ? "away" : "online") : null);

  async function choose(next: (typeof CHOICES)[number]) {
    // One save at a time (the radios stay enabled: see ChoiceRadios).
    if (pending !== null) return;
    setPending(next);
    setError(null);
    try {
      const saved = await apiFetch<PresenceResponse>("/api/profile/presence", { method: "PUT", body: JSON.stringify({ away: next === "away" }) });
      queryClient.setQueryData(ownPresenceKey, saved);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t("saveFailed"));
    } finally {
      setPending(null);
    }
  }

  return <ChoiceRadios name="presence" legend={t("legend")} choices={CHOICES} value={chosen} label={(choice) => t(choice)} onChoose={(choice) => void choose(choice)} error={error} />;
}
