"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ChatList } from "./chat-list";
import { Conversation } from "./conversation";
import { NewChatForm } from "./new-chat-form";
import { useChannels, useChats, useRequestErrorText } from "./simulator-api";

/** The customer's side of the sandbox: pick a channel and a chat, then write as the contact. */
export function ContactSimulator() {
  const t = useTranslations("sandbox");
  const errorText = useRequestErrorText();
  const channels = useChannels();
  const [channelChoice, setChannelChoice] = useState<number | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const channelSelectId = useId();

  const list = channels.data?.channels ?? [];
  const channel = list.find((c) => c.id === channelChoice) ?? list[0] ?? null;
  const chats = useChats(channel?.id ?? null);

  return (
    <main className="mx-auto flex w-full max-w-5xl flex-col gap-4 p-3 sm:p-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {t("intro")}
        </p>
      </header>

      {channels.isError ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {t("channelsError", { error: errorText(channels.error) })}
        </p>
      ) : null}

      <div className="grid gap-4 md:grid-cols-[18rem_minmax(0,1fr)]">
        <aside className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor={channelSelectId} className="text-sm font-medium text-slate-800">
              {t("channel")}
            </label>
            <select
              id={channelSelectId}
              className="rounded-md border border-slate-300 bg-surface px-3 py-2 text-base text-slate-900 focus:outline-none focus:ring-2 focus:ring-blue-500"
              value={channel?.id ?? ""}
              disabled={list.length === 0}
              onChange={(event) => {
                setChannelChoice(Number(event.target.value));
                setDestination(null);
              }}
            >
              {list.length === 0 ? <option value="">{channels.isPending ? t("loading") : t("noChannels")}</option> : null}
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.platform})
                </option>
              ))}
            </select>
          </div>

          <NewChatForm disabled={channel === null} onStart={setDestination} />

          <ChatList
            chats={chats.data?.chats ?? []}
            loading={channel !== null && chats.isPending}
            error={chats.isError ? errorText(chats.error) : null}
            selected={destination}
            onSelect={setDestination}
          />
        </aside>

        {channel !== null && destination !== null ? (
          <Conversation key={`${channel.id}:${destination}`} channel={channel} destination={destination} />
        ) : (
          <section className="flex min-h-48 items-center justify-center rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
            {t("pick")}
          </section>
        )}
      </div>
    </main>
  );
}
