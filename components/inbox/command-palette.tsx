"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { channelLinks, conversationLinks, type PaletteLink } from "./palette-entries";

/**
 * The actions on the open conversation: the same controls the thread shows (found by their
 * `data-shortcut`, never by their name, which changes with the language), so the thread stays the
 * one place that knows how to resolve or assign.
 */
const THREAD_ACTIONS = ["reply", "resolve", "assign"] as const;
type ThreadAction = (typeof THREAD_ACTIONS)[number];

function threadControl(action: ThreadAction): HTMLElement | null {
  return document.querySelector<HTMLElement>(`section[aria-labelledby="thread-title"] [data-shortcut="${action}"]:not(:disabled)`);
}

function runThreadAction(action: ThreadAction) {
  const control = threadControl(action);
  if (action === "reply") control?.focus();
  else control?.click();
}

/** Lower case without accents: "mérida" finds "Mérida" and "merida". */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Every typed word appears in the entry's name or keywords (cmdk's default is a fuzzy score, which
 * ranks "website" close to unrelated names and lets one id match another's digits).
 */
function matches(_value: string, search: string, keywords: string[] = []): number {
  const text = fold(keywords.join(" "));
  return fold(search).split(/\s+/).every((word) => text.includes(word)) ? 1 : 0;
}

const itemClass = "flex min-h-10 cursor-pointer items-center gap-2 rounded-md px-3 text-sm text-gray-800 data-[selected=true]:bg-brand-light data-[selected=true]:text-gray-900";
const groupClass = "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-gray-600";

/** Ctrl/Cmd+K: jump to a channel, a conversation or a page, or act on the open conversation. */
export default function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useTranslations("palette");
  const client = useQueryClient();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    // showModal focuses the dialog's first focusable element in DOM order; the field must have it.
    input.current?.focus();
  }, []);

  // Read once when the palette opens: what is loaded and what is on screen now.
  const { channels, conversations, actions } = useMemo(() => {
    const channels = channelLinks(client);
    const channelName = (id: string) => channels.find((c) => c.value === `channel:${id}`)?.label;
    return {
      channels: [{ value: "page:all", label: t("allChannels"), keywords: [], href: "/inbox/all" }, ...channels] satisfies PaletteLink[],
      conversations: conversationLinks(client, channelName),
      actions: THREAD_ACTIONS.filter((a) => threadControl(a) !== null),
    };
  }, [client, t]);

  const pages: PaletteLink[] = [
    { value: "page:mentions", label: t("mentions"), keywords: ["@"], href: "/inbox/mentions" },
    { value: "page:settings", label: t("settings"), keywords: [], href: "/settings" },
  ];

  /** Closes first (the dialog gives focus back), then acts: focus moved by the action stays. */
  function choose(act: () => void) {
    dialog.current?.close();
    act();
  }

  const link = (entry: PaletteLink) => (
    <Command.Item key={entry.value} value={entry.value} keywords={[entry.label, ...entry.keywords]} onSelect={() => choose(() => router.push(entry.href))} className={itemClass}>
      <span className="min-w-0 flex-1 truncate">{entry.label}</span>
      {entry.hint && <span className="shrink-0 text-xs text-gray-600">{entry.hint}</span>}
    </Command.Item>
  );

  return (
    <dialog
      ref={dialog}
      aria-label={t("title")}
      onClose={onClose}
      className="m-auto mt-[12vh] w-[min(36rem,calc(100vw-2rem))] overflow-hidden rounded-xl bg-surface p-0 shadow-xl backdrop:bg-black/40"
    >
      <Command label={t("title")} loop filter={matches} className="flex max-h-[70vh] flex-col">
        <Command.Input ref={input} placeholder={t("placeholder")} className="min-h-12 w-full border-b border-gray-200 bg-transparent px-4 text-base text-gray-900 outline-none placeholder:text-gray-500" />
        <Command.List className="min-h-0 overflow-y-auto p-2">
          <Command.Empty className="px-3 py-6 text-center text-sm text-gray-600">{t("empty")}</Command.Empty>
          {actions.length > 0 && (
            <Command.Group heading={t("groups.actions")} className={groupClass}>
              {actions.map((action) => (
                <Command.Item key={action} value={`action:${action}`} keywords={[t(`actions.${action}`)]} onSelect={() => choose(() => runThreadAction(action))} className={itemClass}>
                  {t(`actions.${action}`)}
                </Command.Item>
              ))}
            </Command.Group>
          )}
          <Command.Group heading={t("groups.channels")} className={groupClass}>
            {channels.map(link)}
          </Command.Group>
          {conversations.length > 0 && (
            <Command.Group heading={t("groups.conversations")} className={groupClass}>
              {conversations.map(link)}
            </Command.Group>
          )}
          <Command.Group heading={t("groups.pages")} className={groupClass}>
            {pages.map(link)}
            <Command.Item
              value="action:shortcuts"
              keywords={[t("shortcuts"), "?"]}
              // The "?" dialog belongs to the keyboard shortcuts: ask it the way a key press would.
              onSelect={() => choose(() => document.dispatchEvent(new KeyboardEvent("keydown", { key: "?", bubbles: true })))}
              className={itemClass}
            >
              {t("shortcuts")}
            </Command.Item>
          </Command.Group>
        </Command.List>
      </Command>
    </dialog>
  );
}
