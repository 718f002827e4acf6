"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PresenceResponse } from "@/lib/teams/types";
import { ApiError, apiFetch } from "./api-fetch";
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
    // Not disabled while saving: a disabled radio would drop the focus out of the menu.
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

  return (
    <fieldset className="px-2 py-1">
      <legend className="mb-1 text-xs font-medium text-gray-600">{t("legend")}</legend>
      <div className="flex gap-1">
        {CHOICES.map((choice) => (
          <label
            key={choice}
            className="flex min-h-9 flex-1 cursor-pointer items-center justify-center gap-1.5 rounded-md border border-gray-300 px-2 text-sm text-gray-800 has-checked:border-brand has-checked:bg-brand-light has-checked:font-medium"
          >
            <input
              type="radio"
              name="presence"
              value={choice}
              checked={chosen === choice}
              onChange={() => void choose(choice)}
              className="size-3.5 accent-brand"
            />
            {t(choice)}
          </label>
        ))}
      </div>
      {error && (
        <p role="alert" className="mt-1 rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
