"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { SimulatorChat } from "@/lib/sandbox/simulator-schema";

interface ChatListProps {
  chats: SimulatorChat[];
  loading: boolean;
  error: string | null;
  selected: string | null;
  onSelect: (destination: string) => void;
}

/** The channel's chats; each button is named by its destination so tests and screen readers find it. */
export function ChatList({ chats, loading, error, selected, onSelect }: ChatListProps) {
  const t = useTranslations("sandbox.chats");
  const headingId = useId();
  const previewId = useId();

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-sm font-medium text-slate-800">
        {t("heading")}
      </h2>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {t("error", { error })}
        </p>
      ) : null}
      {loading ? <p className="text-sm text-slate-500">{t("loading")}</p> : null}
      {!loading && !error && chats.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto md:max-h-[60vh]">
        {chats.map((chat, index) => {
          const isSelected = chat.destination === selected;
          return (
            <li key={chat.destination}>
              <button
                type="button"
                aria-label={chat.destination}
                aria-describedby={`${previewId}-${index}`}
                aria-current={isSelected ? "true" : undefined}
                onClick={() => onSelect(chat.destination)}
                className={`flex w-full flex-col items-start rounded-md border px-3 py-2 text-left focus:outline-none focus:ring-2 focus:ring-blue-500 ${
                  isSelected ? "border-blue-500 bg-blue-50" : "border-slate-200 bg-surface hover:bg-slate-50"
                }`}
              >
                <span className="w-full truncate text-sm font-medium text-slate-900">{chat.destination}</span>
                <span id={`${previewId}-${index}`} className="w-full truncate text-xs text-slate-600">
                  {chat.lastMessage.from === "operator" ? t("operator") : t("you")}
                  {chat.lastMessage.text}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
