import type { FileType, FileView, SendReplyRequest, SendReplyResponse, UploadResponse } from "@/lib/inbox/types";
import { ApiError, apiFetch } from "./api-fetch";

/** What the agent asked to send: text, with at most one file (uploaded, already stored, or by URL). */
export type OutgoingFile =
  | { kind: "upload"; blob: Blob; name: string; voice: boolean }
  | { kind: "stored"; fileId: string; view: FileView }
  | { kind: "url"; fileUrl: string; fileType: FileType };

export interface OutgoingReply {
  text: string;
  file: OutgoingFile | null;
}

/**
 * One press of Send, kept across retries: the same key (the server stores one message per key)
 * and the upload's fileId once the upload went through, so a retry neither duplicates the
 * message nor uploads the file twice.
 */
export interface SendAttempt {
  key: string;
  fileId: string | null;
}

export function newAttempt(): SendAttempt {
  return { key: crypto.randomUUID(), fileId: null };
}

const RETRY_DELAYS_MS = [400, 1200, 3000];

/** Worth sending again with the same key: the request may not have arrived, or the server hiccuped. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504);
}

async function withRetries<T>(call: () => Promise<T>, delays = RETRY_DELAYS_MS): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await call();
    } catch (error) {
      if (!isTransient(error) || i >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[i]));
    }
  }
}

export async function uploadFile(blob: Blob, name: string, voice: boolean): Promise<UploadResponse> {
  const form = new FormData();
  form.append("file", blob, name);
  if (voice) form.append("voice", "1");
  return apiFetch<UploadResponse>("/api/files", { method: "POST", body: form });
}

/** The request body for this reply; text alone is trimmed, a caption may be empty. */
export function replyBody(reply: OutgoingReply, attempt: SendAttempt): SendReplyRequest {
  const text = reply.text.trim();
  const file = reply.file;
  if (!file) return { idempotencyKey: attempt.key, text };
  const caption = text ? { text } : {};
  if (file.kind === "url") return { idempotencyKey: attempt.key, fileUrl: file.fileUrl, fileType: file.fileType, ...caption };
  const fileId = file.kind === "stored" ? file.fileId : attempt.fileId;
  if (!fileId) throw new Error("The file has not been uploaded yet.");
  return { idempotencyKey: attempt.key, fileId, ...caption };
}

/**
 * Uploads the file when there is one, then stores the reply. Transient failures are retried with
 * the same key; the error that ends it is thrown with the API's message.
 */
export async function sendReply(
  conversationId: string,
  reply: OutgoingReply,
  attempt: SendAttempt,
  onPhase: (phase: "uploading" | "sending") => void,
): Promise<SendReplyResponse> {
  if (reply.file?.kind === "upload" && !attempt.fileId) {
    onPhase("uploading");
    const { blob, name, voice } = reply.file;
    const uploaded = await uploadFile(blob, name, voice);
    attempt.fileId = uploaded.fileId;
  }
  onPhase("sending");
  const body = replyBody(reply, attempt);
  return withRetries(() =>
    apiFetch<SendReplyResponse>(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
      method: "POST",
      body: JSON.stringify(body),
    }),
  );
}
