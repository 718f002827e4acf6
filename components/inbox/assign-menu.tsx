"use client";

import { useTranslations } from "next-intl";
import type { ConversationView } from "@/lib/inbox/types";
import { MenuButton, type MenuItem } from "./menu-button";
import { useAssignees, type useTeamActions } from "./use-team-actions";

/**
 * "Assign": "Assign to me", each agent who may own the conversation, "Unassign"; with who owns
 * it now beside the button.
 */
export function AssignMenu({
  conversation,
  assign,
}: {
  conversation: ConversationView;
  assign: ReturnType<typeof useTeamActions>["assign"];
}) {
  const t = useTranslations("inbox.assign");
  const assignees = useAssignees(conversation.id, conversation.assigneeId);
  const data = assignees.data;
  const me = data?.viewer.id;
  const owner = conversation.assigneeId === null ? null : conversation.assigneeId === me ? t("you") : (data?.assignee?.name ?? "…");

  const items: MenuItem[] = [];
  if (me && conversation.assigneeId !== me && data?.agents.some((a) => a.id === me)) {
    items.push({ key: "me", label: t("toMe"), onSelect: () => assign.mutate(me) });
  }
  for (const agent of data?.agents ?? []) {
    if (agent.id === me || agent.id === conversation.assigneeId) continue;
    // Presence in words beside the name (not colour alone): who is there to take it now.
    items.push({ key: agent.id, label: t(agent.presence, { name: agent.name }), onSelect: () => assign.mutate(agent.id) });
  }
  if (conversation.assigneeId !== null) items.push({ key: "none", label: t("unassign"), onSelect: () => assign.mutate(null) });

  return (
    <div className="flex items-center gap-2">
      <p className="text-xs text-gray-600" aria-live="polite">
        {owner === null
          ? t("unassigned")
          : t.rich("assignedTo", { name: owner, owner: (chunks) => <span className="font-medium text-gray-900">{chunks}</span> })}
      </p>
      <MenuButton label={t("button")} shortcut="assign" items={items} disabled={!data || assign.isPending} />
    </div>
  );
}
