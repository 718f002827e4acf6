"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CannedRepliesResponse } from "@/app/api/canned-replies/route";
import type { ConversationLabelsResponse } from "@/app/api/conversations/[conversationId]/labels/route";
import type { AddNoteResponse } from "@/app/api/conversations/[conversationId]/notes/route";
import type { LabelsResponse } from "@/app/api/labels/route";
import type { MentionReadResponse } from "@/app/api/mentions/[mentionId]/read/route";
import type { ContactPatch } from "@/lib/teams/contact-edit";
import type { ContactResponse } from "@/lib/teams/contacts";
import type { MentionsResponse } from "@/lib/teams/mentions";
import { apiFetch } from "./api-fetch";
import { PREFETCHED_STALE_MS } from "./use-inbox-queries";
import { inboxKeys, type ThreadPages } from "./inbox-keys";
import { applyNewMessages } from "./live-cache";
import { useFallbackPolling } from "./live-events-provider";
import { teamKeys } from "./team-keys";

const id = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

export function useContact(conversationId: string) {
  return useQuery({
    queryKey: teamKeys.contact(conversationId),
    queryFn: ({ signal }) => apiFetch<ContactResponse>(`/api/conversations/${id(conversationId)}/contact`, { signal }),
    staleTime: PREFETCHED_STALE_MS,
    ...useFallbackPolling(),
  });
}

export function useUpdateContact(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ContactPatch) => apiFetch<ContactResponse>(`/api/conversations/${id(conversationId)}/contact`, json("PATCH", patch)),
    onSuccess: (fresh) => qc.setQueryData(teamKeys.contact(conversationId), fresh),
  });
}

export function useAllLabels(enabled = true) {
  return useQuery({
    queryKey: teamKeys.allLabels(),
    queryFn: ({ signal }) => apiFetch<LabelsResponse>("/api/labels", { signal }),
    enabled,
    staleTime: 60_000,
  });
}

export function useConversationLabels(conversationId: string) {
  return useQuery({
    queryKey: teamKeys.labels(conversationId),
    queryFn: ({ signal }) => apiFetch<ConversationLabelsResponse>(`/api/conversations/${id(conversationId)}/labels`, { signal }),
    ...useFallbackPolling(),
  });
}

export function useSetConversationLabels(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (labelIds: string[]) =>
      apiFetch<ConversationLabelsResponse>(`/api/conversations/${id(conversationId)}/labels`, json("PUT", { labelIds })),
    onSuccess: (fresh) => qc.setQueryData(teamKeys.labels(conversationId), fresh),
  });
}

export function useCannedReplies() {
  return useQuery({
    queryKey: teamKeys.cannedReplies(),
    queryFn: ({ signal }) => apiFetch<CannedRepliesResponse>("/api/canned-replies", { signal }),
    staleTime: 60_000,
  });
}

export function useMentions() {
  return useQuery({
    queryKey: teamKeys.mentions(),
    queryFn: ({ signal }) => apiFetch<MentionsResponse>("/api/mentions", { signal }),
    ...useFallbackPolling(),
  });
}

export function useMarkMentionRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mentionId: number) => apiFetch<MentionReadResponse>(`/api/mentions/${mentionId}/read`, { method: "POST" }),
    onSettled: () => qc.invalidateQueries({ queryKey: teamKeys.mentions() }),
  });
}

/** Posts an internal note; the stored note joins the open thread at once (its event follows). */
export function useSendNote(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => apiFetch<AddNoteResponse>(`/api/conversations/${id(conversationId)}/notes`, json("POST", { text })),
    onSuccess: ({ message }) => {
      if (qc.getQueryData<ThreadPages>(inboxKeys.thread(conversationId))) applyNewMessages(qc, conversationId, [message]);
    },
  });
}
