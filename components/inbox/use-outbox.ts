"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { FileView, SendReplyResponse } from "@/lib/inbox/types";
import { apiFetch } from "./api-fetch";
import { inboxKeys, type ThreadPages } from "./inbox-keys";
import { applyFreshMessages } from "./live-cache";
import { useLive } from "./live-events-provider";
import { insertOptimistic, nextTempId, optimisticMessage, removeMessage, settleOptimistic } from "./outbox-cache";
import { guessFileType } from "./attachment-rules";
import { newAttempt, sendReply, type OutgoingReply, type SendAttempt } from "./send-reply";

export type SendPhase = "idle" | "uploading" | "sending";

/** How the optimistic bubble shows a file before the server has it (a local preview URL). */
function previewFile(reply: OutgoingReply, localUrl: string | null): FileView | null {
  const file = reply.file;
  if (!file) return null;
  if (file.kind === "stored") return file.view;
  if (file.kind === "url") return { type: file.fileType, url: file.fileUrl, thumbUrl: null, name: null, mime: null, size: null };
  const type = guessFileType({ type: file.blob.type }, file.voice);
  return { type, url: localUrl ?? "", thumbUrl: null, name: file.name, mime: file.blob.type || null, size: file.blob.size };
}

/**
 * Sends replies for one conversation, in the order they were written: the composer clears at once
 * and the agent may press Send again while the last reply is still on its way, so each waits for
 * the one before it (the server orders messages as they arrive). The bubble shows at once.
 * `send` takes the attempt to use, so Send again after a failure reuses its key.
 */
export function useSendReply(conversationId: string) {
  const qc = useQueryClient();
  const { sync } = useLive();
  const [phase, setPhase] = useState<SendPhase>("idle");
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const threadKey = inboxKeys.thread(conversationId);

  async function deliver(reply: OutgoingReply, attempt: SendAttempt, tempId: number, localUrl: string | null): Promise<SendReplyResponse> {
    try {
      const answer = await sendReply(conversationId, reply, attempt, setPhase);
      const stored = answer.message as SendReplyResponse["message"] | undefined;
      qc.setQueryData<ThreadPages>(threadKey, (data) => data && (stored ? settleOptimistic(data, tempId, stored) : removeMessage(data, tempId)));
      // Its event follows; asking now brings anything stored meanwhile.
      if (sync) void sync.fetchNewMessages(conversationId);
      return answer;
    } catch (error) {
      qc.setQueryData<ThreadPages>(threadKey, (data) => data && removeMessage(data, tempId));
      throw error;
    } finally {
      if (localUrl) URL.revokeObjectURL(localUrl);
      setPhase("idle");
    }
  }

  function send(reply: OutgoingReply, attempt: SendAttempt): Promise<SendReplyResponse> {
    const tempId = nextTempId();
    const localUrl = reply.file?.kind === "upload" ? URL.createObjectURL(reply.file.blob) : null;
    qc.setQueryData<ThreadPages>(threadKey, (data) =>
      data && insertOptimistic(data, optimisticMessage({ id: tempId, text: reply.text.trim(), file: previewFile(reply, localUrl), sentBy: null })),
    );
    setPending((n) => n + 1);
    const run = () => deliver(reply, attempt, tempId, localUrl);
    const result = queue.current.then(run, run);
    queue.current = result.catch(() => undefined);
    return result.finally(() => setPending((n) => n - 1));
  }

  return { send, phase, pending: pending > 0 };
}

export { newAttempt };

/** Puts a failed reply back in the queue; the answer shows it as sending again. */
export function useRetryMessage(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (messageId: number) =>
      apiFetch<SendReplyResponse>(`/api/messages/${messageId}/retry`, { method: "POST" }),
    onSuccess: ({ message }) => applyFreshMessages(qc, conversationId, [message]),
  });
}
