"use client";

import { useTranslations } from "next-intl";
import { useStoredDraft } from "./use-drafts";

/** Enough for any row's width; the row truncates the rest with an ellipsis. */
const PREVIEW_LENGTH = 120;

/** "Draft: …" in a conversation's row while the agent has an unsent draft there, else `children`. */
export function DraftPreview({ conversationId, children }: { conversationId: string; children: React.ReactNode }) {
  const t = useTranslations("inbox.row");
  const draft = useStoredDraft(conversationId);
  const text = draft?.text.replace(/\s+/g, " ").trim().slice(0, PREVIEW_LENGTH) || draft?.fileName || "";
  if (!text) return <>{children}</>;
  return (
    <>
      <span className="font-medium text-red-700">{t("draft")}</span> {text}
    </>
  );
}
