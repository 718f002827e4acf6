"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { conversationHref } from "@/components/inbox/route-params";
import type { ContactHit, ConversationHit, HighlightRange, SearchResponse } from "@/lib/search/types";

export type SearchOption = { kind: "conversation"; hit: ConversationHit; href: string } | { kind: "contact"; hit: ContactHit; href: string };

export const optionId = (index: number) => `search-option-${index}`;

/** Every result in list order: what the arrow keys move through. A message opens its conversation at that message. */
export function optionsOf(data: SearchResponse): SearchOption[] {
  return [
    ...data.conversations.map((hit) => ({
      kind: "conversation" as const,
      hit,
      href: `${conversationHref(hit.channelId, hit.conversationId)}?message=${hit.message.id}`,
    })),
    ...data.contacts.map((hit) => ({ kind: "contact" as const, hit, href: conversationHref(hit.channelId, hit.conversationId) })),
  ];
}

/** Customer text as text, the matched words in <mark>. */
function Marked({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-gray-900">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function SearchResults({
  data,
  options,
  active,
  onChoose,
  onHover,
}: {
  data: SearchResponse;
  options: SearchOption[];
  active: number;
  onChoose: (option: SearchOption) => void;
  onHover: (index: number) => void;
}) {
  const t = useTranslations("search.panel");
  const format = useFormatter();
  const row = (option: SearchOption, index: number, body: React.ReactNode) => (
    <div
      key={`${option.kind}-${option.kind === "conversation" ? option.hit.conversationId : option.hit.id}`}
      id={optionId(index)}
      role="option"
      aria-selected={index === active}
      // Keeps focus in the input, so typing goes on after a look at the results.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => index !== active && onHover(index)}
      onClick={() => onChoose(option)}
      className={cn("cursor-pointer px-3 py-2 text-sm", index === active ? "bg-brand/10" : "hover:bg-gray-50")}
    >
      {body}
    </div>
  );
  const contactsFrom = data.conversations.length;
  return (
    <div role="listbox" id="search-results" aria-label={t("results")} className="pb-1">
      {data.conversations.length > 0 && (
        <div role="group" aria-labelledby="search-group-conversations">
          <div id="search-group-conversations" role="presentation" className="px-3 pt-1 text-xs font-semibold uppercase text-gray-500">
            {t("conversations")}
          </div>
          {options.slice(0, contactsFrom).map((option, i) => {
            const hit = option.hit as ConversationHit;
            return row(
              option,
              i,
              <>
                <span className="flex items-baseline gap-2">
                  <span className="truncate font-medium text-gray-900">{hit.contactName ?? hit.destination}</span>
                  <span className="truncate text-xs text-gray-500">{hit.channelName}</span>
                  <time dateTime={hit.message.at} className="ml-auto shrink-0 text-xs text-gray-500">
                    {format.dateTime(new Date(hit.message.at), { dateStyle: "short", timeStyle: "short" })}
                  </time>
                </span>
                <span className="line-clamp-2 text-gray-700">
                  {hit.message.kind === "note" && <span className="mr-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("note")}</span>}
                  {hit.message.direction === "outbound" && hit.message.kind !== "note" && <span className="mr-1 text-gray-500">{t("sent")}:</span>}
                  <Marked text={hit.message.snippet} ranges={hit.message.highlights} />
                </span>
                {hit.moreMatches > 0 && <span className="text-xs text-gray-500">{t("moreMatches", { count: hit.moreMatches })}</span>}
              </>,
            );
          })}
        </div>
      )}
      {data.contacts.length > 0 && (
        <div role="group" aria-labelledby="search-group-contacts">
          <div id="search-group-contacts" role="presentation" className="px-3 pt-2 text-xs font-semibold uppercase text-gray-500">
            {t("contacts")}
          </div>
          {options.slice(contactsFrom).map((option, i) => {
            const hit = option.hit as ContactHit;
            return row(
              option,
              contactsFrom + i,
              <span className="flex items-baseline gap-2">
                <span className="truncate font-medium text-gray-900">{hit.name ?? hit.destination}</span>
                <span className="truncate text-xs text-gray-500">{[hit.phone ?? hit.destination, hit.email].filter(Boolean).join(" · ")}</span>
              </span>,
            );
          })}
        </div>
      )}
    </div>
  );
}
