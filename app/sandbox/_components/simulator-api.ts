"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type {
  SimulatorChannelsResponse,
  SimulatorChatResponse,
  SimulatorChatsResponse,
  SimulatorErrorBody,
  SimulatorSendResponse,
} from "@/lib/sandbox/simulator-schema";

/** Hooks over the simulator's public JSON API (app/sandbox/simulator/**). */

const POLL_MS = 1500;

export class SimulatorRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { cache: "no-store", ...init });
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as SimulatorErrorBody | null;
  // No message of its own (a proxy's error page, say): the page words it, in its language.
  throw new SimulatorRequestError(body?.error?.message ?? "", res.status);
}

/** What to show for a failed request: the sandbox's own message, else its status in words. */
export function useRequestErrorText(): (error: Error) => string {
  const t = useTranslations("sandbox");
  return (error) => error.message || (error instanceof SimulatorRequestError ? t("answered", { status: error.status }) : t("answered", { status: "?" }));
}

const base = "/sandbox/simulator/channels";
const chatUrl = (channelId: number, destination: string) => `${base}/${channelId}/chats/${encodeURIComponent(destination)}`;

export const simulatorKeys = {
  channels: ["sandbox", "channels"] as const,
  chats: (channelId: number) => ["sandbox", "chats", channelId] as const,
  chat: (channelId: number, destination: string) => ["sandbox", "chat", channelId, destination] as const,
};

export function useChannels() {
  return useQuery({ queryKey: simulatorKeys.channels, queryFn: () => request<SimulatorChannelsResponse>(base) });
}

export function useChats(channelId: number | null) {
  return useQuery({
    queryKey: simulatorKeys.chats(channelId ?? 0),
    queryFn: () => request<SimulatorChatsResponse>(`${base}/${channelId}/chats`),
    enabled: channelId !== null,
    refetchInterval: POLL_MS,
  });
}

/** Polls only while the tab is visible: fetching marks the operator's messages read. */
export function useChat(channelId: number | null, destination: string | null) {
  return useQuery({
    queryKey: simulatorKeys.chat(channelId ?? 0, destination ?? ""),
    queryFn: () => request<SimulatorChatResponse>(chatUrl(channelId!, destination!)),
    enabled: channelId !== null && destination !== null,
    refetchInterval: POLL_MS,
  });
}

export function useSendAsCustomer(channelId: number | null, destination: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      request<SimulatorSendResponse>(`${chatUrl(channelId!, destination!)}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
      }),
    onSuccess: async () => {
      if (channelId === null || destination === null) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: simulatorKeys.chat(channelId, destination) }),
        queryClient.invalidateQueries({ queryKey: simulatorKeys.chats(channelId) }),
      ]);
    },
  });
}
