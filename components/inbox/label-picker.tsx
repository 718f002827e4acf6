"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { LabelView } from "@/lib/teams/labels";
import { useAllLabels, useSetConversationLabels } from "./use-team-queries";

/** Checkboxes of every label; each change saves the conversation's new set at once. */
export function LabelPicker({ conversationId, current, onClose }: { conversationId: string; current: LabelView[]; onClose: () => void }) {
  const t = useTranslations("inbox.labels");
  const all = useAllLabels();
  const save = useSetConversationLabels(conversationId);
  const ref = useRef<HTMLFieldSetElement>(null);
  const chosen = new Set(current.map((l) => l.id));

  useEffect(() => {
    ref.current?.querySelector("input")?.focus();
  }, [all.data]);

  function toggle(labelId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(labelId);
    else next.delete(labelId);
    save.mutate([...next]);
  }

  return (
    <fieldset
      ref={ref}
      onKeyDown={(event) => event.key === "Escape" && onClose()}
      className="absolute top-full right-3 z-10 mt-1 flex w-64 flex-col gap-1 rounded-lg border border-gray-200 bg-surface p-3 shadow-lg"
    >
      <legend className="sr-only">{t("legend")}</legend>
      {!all.data ? (
        <p role={all.isError ? "alert" : "status"} className="text-sm text-gray-600">
          {all.isError ? all.error.message : t("loading")}
        </p>
      ) : all.data.labels.length === 0 ? (
        <p className="text-sm text-gray-600">{t("empty")}</p>
      ) : (
        all.data.labels.map((label) => (
          <label key={label.id} className="flex items-center gap-2 text-sm text-gray-800">
            <input type="checkbox" checked={chosen.has(label.id)} disabled={save.isPending} onChange={(e) => toggle(label.id, e.target.checked)} />
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: label.color }} />
            {label.name}
          </label>
        ))
      )}
      {save.isError && (
        <p role="alert" className="text-sm text-red-800">
          {save.error.message}
        </p>
      )}
      <button type="button" onClick={onClose} className="mt-1 self-end text-sm font-medium text-brand-dark hover:underline">
        {t("done")}
      </button>
    </fieldset>
  );
}
