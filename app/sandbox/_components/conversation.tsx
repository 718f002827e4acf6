"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import type { SimulatorChannel, SimulatorMessage } from "@/lib/sandbox/simulator-schema";
import { Composer } from "./composer";
import { FilePreview } from "./file-preview";
import { useChat, useRequestErrorText } from "./simulator-api";

/** One chat seen by the contact; polling it is what marks the operator's replies read. */
export function Conversation({ channel, destination }: { channel: SimulatorChannel; destination: string }) {
  const t = useTranslations("sandbox");
  const errorText = useRequestErrorText();
  const chat = useChat(channel.id, destination);
  const headingId = useId();
  const logRef = useRef<HTMLOListElement>(null);
  const messages = chat.data?.messages ?? [];
  const lastId = messages.at(-1)?.id;

  // Follow the conversation as replies arrive, like a phone's chat screen.
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [lastId]);

  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <header className="flex flex-col">
        <h2 id={headingId} className="break-all text-lg font-semibold text-slate-900">
          {destination}
        </h2>
        <p className="text-xs text-slate-600">
          {t("conversation.writingTo", { name: channel.name, platform: channel.platform, platformId: channel.platformId })}
        </p>
      </header>

      {chat.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t("conversation.error", { error: errorText(chat.error) })}
        </p>
      ) : null}

      <ol ref={logRef} role="log" aria-label={t("conversation.messages")} className="flex h-[55vh] min-h-64 flex-col gap-2 overflow-y-auto rounded-md bg-surface p-3">
        {chat.isPending ? <li className="text-sm text-slate-500">{t("loading")}</li> : null}
        {!chat.isPending && messages.length === 0 ? (
          <li className="text-sm text-slate-500">{t("conversation.empty")}</li>
        ) : null}
        {messages.map((message) => (
          <MessageBubble key={message.id} message={message} />
        ))}
      </ol>

      <Composer channelId={channel.id} destination={destination} />
    </section>
  );
}

function MessageBubble({ message }: { message: SimulatorMessage }) {
  const t = useTranslations("sandbox.conversation");
  const format = useFormatter();
  const mine = message.from === "contact";
  const fileUrl = message.file && /^https?:\/\//i.test(message.file.url) ? message.file.url : null;
  return (
    <li className={`flex max-w-[85%] flex-col gap-1 rounded-lg px-3 py-2 text-sm ${mine ? "self-end bg-blue-600 text-white" : "self-start border border-slate-200 bg-slate-100 text-slate-900"}`}>
      <span className={`text-xs font-semibold ${mine ? "text-blue-100" : "text-slate-600"}`}>{mine ? t("you") : t("operator")}</span>
      {message.text !== "" ? <p className="whitespace-pre-wrap break-words">{message.text}</p> : null}
      {message.file ? (
        <p className="break-all">
          {fileUrl ? (
            <a href={fileUrl} target="_blank" rel="noopener noreferrer nofollow" className="underline">
              {t("file", { type: message.file.type })}
            </a>
          ) : (
            t("file", { type: message.file.type })
          )}
        </p>
      ) : null}
      {message.file ? <FilePreview file={message.file} /> : null}
      <span className={`text-xs ${mine ? "text-blue-100" : "text-slate-500"}`}>
        <time dateTime={message.at}>{formatTime(message.at, format)}</time>
        {mine ? null : <span> · {t("status", { status: message.status })}</span>}
      </span>
    </li>
  );
}

/** In the page's language (the simulator plays a phone: the device's own clock, not an agent's zone). */
function formatTime(iso: string, format: ReturnType<typeof useFormatter>): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === new Date().toDateString();
  const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
  return sameDay
    ? format.dateTime(date, { hour: "2-digit", minute: "2-digit", timeZone })
    : format.dateTime(date, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
}
