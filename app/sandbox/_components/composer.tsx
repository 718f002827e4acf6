"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { CONTACT_MESSAGE_MAX_LENGTH, contactMessageSchema } from "@/lib/sandbox/simulator-schema";
import { useRequestErrorText, useSendAsCustomer } from "./simulator-api";

/** Which of the schema's rules `text` breaks, for the words (the schema decides that it does). */
function brokenRule(text: string): "empty" | "tooLong" | "nul" {
  if (text.trim() === "") return "empty";
  return text.length > CONTACT_MESSAGE_MAX_LENGTH ? "tooLong" : "nul";
}

/** Writes as the customer; Enter sends, Shift+Enter starts a new line. */
export function Composer({ channelId, destination }: { channelId: number; destination: string }) {
  const t = useTranslations("sandbox.composer");
  const errorText = useRequestErrorText();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const send = useSendAsCustomer(channelId, destination);
  const inputId = useId();
  const errorId = useId();
  const error = invalid ?? (send.isError ? errorText(send.error) : null);

  function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (send.isPending) return;
    const parsed = contactMessageSchema.safeParse({ text });
    if (!parsed.success) {
      setInvalid(t(brokenRule(text), { max: String(CONTACT_MESSAGE_MAX_LENGTH) }));
      return;
    }
    setInvalid(null);
    send.mutate(parsed.data.text, { onSuccess: () => setText("") });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {t("label")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <textarea
          id={inputId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          maxLength={CONTACT_MESSAGE_MAX_LENGTH}
          placeholder={t("placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="min-h-16 w-full flex-1 resize-y rounded-md border border-slate-300 bg-surface px-3 py-2 text-base text-slate-900 focus:outline-none focus:ring-2 focus:ring-blue-500"
        />
        <button
          type="submit"
          disabled={send.isPending}
          aria-busy={send.isPending || undefined}
          className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-strong focus:outline-none focus:ring-2 focus:ring-blue-500 focus:ring-offset-1 disabled:opacity-60"
        >
          {t("send")}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
