"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AssigneesResponse, AssignResult, SettableStatus, StatusResult } from "@/lib/teams/types";
import { apiFetch } from "./api-fetch";
import { inboxKeys } from "./inbox-keys";
import { patchConversation } from "./live-cache";
import { assigneesKey } from "./team-keys";


const path = (conversationId: string, leaf: string) => `/api/conversations/${encodeURIComponent(conversationId)}/${leaf}`;

export function useAssignees(conversationId: string, assigneeId: string | null | undefined) {
  return useQuery({
    // The current assignee is part of the key: a change (here or live) reads the name again.
    queryKey: [...assigneesKey(conversationId), assigneeId ?? null],
    queryFn: ({ signal }) => apiFetch<AssigneesResponse>(path(conversationId, "assignees"), { signal }),
    enabled: assigneeId !== undefined,
    staleTime: 30_000,
  });
}

export type StatusChange = { status: Exclude<SettableStatus, "snoozed"> } | { status: "snoozed"; until: string };

/**
 * Assigning and changing status. The answer patches the cached conversation at once; its event
 * then refreshes every other view (and every other agent's).
 */
export function useTeamActions(channelId: string, conversationId: string) {
  const qc = useQueryClient();
  const settled = () => {
    void qc.invalidateQueries({ queryKey: assigneesKey(conversationId) });
    // The lists' tabs and filters (Mine, Unassigned, by status) may no longer hold it.
    void qc.invalidateQueries({ queryKey: inboxKeys.conversationLists() });
  };
  const assign = useMutation({
    mutationFn: (assigneeId: string | null) =>
      apiFetch<AssignResult>(path(conversationId, "assignee"), { method: "PUT", body: JSON.stringify({ assigneeId }) }),
    onSuccess: (result) => {
      patchConversation(qc, channelId, conversationId, (c) => ({ ...c, assigneeId: result.assigneeId }));
      settled();
    },
  });
  const setStatus = useMutation({
    mutationFn: (change: StatusChange) =>
      apiFetch<StatusResult>(path(conversationId, "status"), { method: "PUT", body: JSON.stringify(change) }),
    onSuccess: (result) => {
      patchConversation(qc, channelId, conversationId, (c) => ({ ...c, status: result.status, snoozedUntil: result.snoozedUntil }));
      settled();
    },
  });
  return { assign, setStatus };
}
