"use client";

import { useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { REPLY_MAX_LENGTH } from "@/lib/inbox/types";
import { ApiError } from "./api-fetch";
import { COUNTER_THRESHOLD, isSendKey, replyProblem } from "./composer-rules";
import { useSendReply } from "./use-inbox-queries";

const MAX_HEIGHT_PX = 160;

export function Composer({ conversationId, onSent }: { conversationId: string; onSent?: () => void }) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const send = useSendReply(conversationId);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const counterId = useId();

  // Grow with the text up to a few lines, then scroll inside.
  useLayoutEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  function submit() {
    if (send.isPending) return;
    const found = replyProblem(text);
    setProblem(found);
    if (found) return;
    send.mutate(text.trim(), {
      // The text stays in the box until the server has it: a failure loses nothing.
      onSuccess: () => {
        setText("");
        onSent?.();
      },
    });
  }

  const length = text.trim().length;
  const over = length > REPLY_MAX_LENGTH;
  const showCounter = length >= COUNTER_THRESHOLD;
  const error =
    problem ?? (send.isError ? (send.error instanceof ApiError ? send.error.message : "Could not send. Try again.") : null);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="shrink-0 border-t border-gray-200 bg-white p-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] md:p-3"
    >
      {error && (
        <p role="alert" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex items-end gap-2">
        <textarea
          ref={textareaRef}
          aria-label="Message"
          aria-describedby={showCounter ? counterId : undefined}
          aria-invalid={over || undefined}
          placeholder="Write a reply…"
          rows={1}
          value={text}
          readOnly={send.isPending}
          onChange={(event) => {
            setText(event.target.value);
            if (problem) setProblem(null);
          }}
          onKeyDown={(event) => {
            if (!isSendKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing, keyCode: event.keyCode })) return;
            event.preventDefault();
            submit();
          }}
          className={cn(
            "min-h-10 flex-1 resize-none rounded-lg border bg-white px-3 py-2 text-base leading-6 text-gray-900 placeholder:text-gray-400",
            "focus:outline-2 focus:-outline-offset-1 focus:outline-brand read-only:bg-gray-50",
            over ? "border-red-500" : "border-gray-300",
          )}
        />
        <Button type="submit" disabled={send.isPending} aria-busy={send.isPending || undefined}>
          {send.isPending && (
            <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-white/40 border-t-white" />
          )}
          Send
        </Button>
      </div>
      {showCounter && (
        <p id={counterId} className={cn("mt-1 text-right text-xs", over ? "font-medium text-red-700" : "text-gray-500")}>
          {length.toLocaleString("en-GB")} / {REPLY_MAX_LENGTH.toLocaleString("en-GB")} characters
        </p>
      )}
    </form>
  );
}
