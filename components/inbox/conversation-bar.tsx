"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { LabelView } from "@/lib/teams/labels";
import { CONTACT_PANEL_ID } from "./contact-panel";
import { useContactPanel } from "./contact-toggle";
import { LabelPicker } from "./label-picker";
import { useConversationLabels } from "./use-team-queries";

/** Under the thread header: the conversation's labels, the "Labels" picker and the "Contact" panel toggle. */
export function ConversationBar({ conversationId }: { conversationId: string }) {
  const t = useTranslations("inbox");
  const labels = useConversationLabels(conversationId);
  const contact = useContactPanel();
  const [picking, setPicking] = useState(false);
  const current = labels.data?.labels ?? [];
  return (
    <div className="relative flex shrink-0 flex-wrap items-center gap-1.5 border-b border-gray-200 px-3 py-1.5">
      <ul aria-label={t("labels.list")} className="flex min-w-0 flex-1 flex-wrap gap-1">
        {current.map((label) => (
          <LabelChip key={label.id} label={label} />
        ))}
      </ul>
      <Button variant="secondary" size="xs" aria-expanded={picking} onClick={() => setPicking(!picking)}>
        {t("labels.button")}
      </Button>
      <Button variant="secondary" size="xs" aria-expanded={contact.open} aria-controls={contact.open ? CONTACT_PANEL_ID : undefined} onClick={contact.toggle}>
        {t("contact.button")}
      </Button>
      {picking && <LabelPicker conversationId={conversationId} current={current} onClose={() => setPicking(false)} />}
    </div>
  );
}

export function LabelChip({ label }: { label: LabelView }) {
  return (
    <li className="inline-flex items-center gap-1 rounded-full border border-gray-200 bg-surface px-2 py-0.5 text-xs text-gray-800">
      <span aria-hidden="true" className="size-2 rounded-full" style={{ backgroundColor: label.color }} />
      {label.name}
    </li>
  );
}
