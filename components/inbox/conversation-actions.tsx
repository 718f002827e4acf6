"use client";

import type { ConversationView } from "@/lib/inbox/types";
import { AssignMenu } from "./assign-menu";
import { StatusActions } from "./status-actions";
import { useAssignees, useTeamActions } from "./use-team-actions";

/** The thread header's team bar: who owns the conversation and its status, with their actions. */
export function ConversationActions({ channelId, conversation }: { channelId: string; conversation: ConversationView }) {
  const { assign, setStatus } = useTeamActions(channelId, conversation.id);
  const assignees = useAssignees(conversation.id, conversation.assigneeId);
  const error = assign.error ?? setStatus.error;

  return (
    <div className="flex shrink-0 flex-col gap-2 border-b border-gray-200 px-3 py-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <AssignMenu conversation={conversation} assign={assign} />
        <StatusActions
          conversation={conversation}
          timeZone={assignees.data?.viewer.timeZone ?? "UTC"}
          busy={setStatus.isPending}
          onChange={(change) => {
            assign.reset();
            setStatus.mutate(change);
          }}
        />
      </div>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error.message}
        </p>
      )}
    </div>
  );
}
