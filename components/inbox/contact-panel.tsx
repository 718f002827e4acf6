"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ContactPatch } from "@/lib/teams/contact-edit";
import type { ContactView } from "@/lib/teams/contacts";
import { ApiError } from "./api-fetch";
import { useContactPanel } from "./contact-toggle";
import { conversationHref } from "./route-params";
import { useStatusLabel } from "./status-label";
import { useContact, useUpdateContact } from "./use-team-queries";

export const CONTACT_PANEL_ID = "contact-panel";

/** Beside the thread on a desktop, a bottom sheet on a phone; open while the URL says `?contact=1`. */
export function ContactPanel({ conversationId }: { conversationId: string }) {
  const t = useTranslations("inbox.contact");
  const statusLabel = useStatusLabel();
  const panel = useContactPanel();
  const contact = useContact(conversationId);
  if (!panel.open) return null;
  return (
    <>
      <div aria-hidden="true" className="fixed inset-0 z-20 bg-black/30 md:hidden" onClick={panel.close} />
      <aside
        id={CONTACT_PANEL_ID}
        aria-label={t("title")}
        className={cn(
          "fixed inset-x-0 bottom-0 z-30 flex max-h-[85dvh] flex-col overflow-y-auto rounded-t-2xl bg-surface p-4 shadow-xl",
          "md:static md:z-auto md:max-h-none md:w-72 md:shrink-0 md:rounded-none md:border-l md:border-gray-200 md:shadow-none lg:w-80",
        )}
      >
        <div className="mb-3 flex items-center justify-between">
          <h2 className="text-base font-semibold text-gray-900">{t("title")}</h2>
          <Button variant="ghost" onClick={panel.close} size="xs">
            {t("close")}
          </Button>
        </div>
        {!contact.data ? (
          <p role={contact.isError ? "alert" : "status"} className="text-sm text-gray-600">
            {contact.isError ? contact.error.message : t("loading")}
          </p>
        ) : (
          <>
            <ContactEditor key={contact.data.contact.id} conversationId={conversationId} contact={contact.data.contact} />
            <h3 className="mt-5 mb-1 text-sm font-semibold text-gray-900">{t("conversations")}</h3>
            <ul className="flex flex-col gap-1 text-sm">
              {contact.data.conversations.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`${conversationHref(c.channelId, c.id)}?contact=1`}
                    aria-current={c.id === conversationId ? "page" : undefined}
                    className="flex justify-between gap-2 rounded-md px-2 py-1 hover:bg-gray-50 aria-[current=page]:bg-brand/10"
                  >
                    <span className="truncate">{c.channelName}</span>
                    <span className="shrink-0 text-gray-500">{statusLabel(c.status)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </aside>
    </>
  );
}

type Draft = Required<{ [K in keyof ContactPatch]: string }>;
const draftOf = (c: ContactView): Draft => ({ name: c.name ?? "", email: c.email ?? "", phone: c.phone ?? "", notes: c.notes ?? "" });

/** The form keeps what was typed on a refusal and shows each field's problem beside it. */
function ContactEditor({ conversationId, contact }: { conversationId: string; contact: ContactView }) {
  const t = useTranslations("inbox.contact");
  const [draft, setDraft] = useState<Draft>(() => draftOf(contact));
  const [saved, setSaved] = useState(false);
  const update = useUpdateContact(conversationId);
  const error = update.error instanceof ApiError ? update.error : null;
  const fieldError = (field: keyof Draft) => error?.fields?.[field];
  const set = (field: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setSaved(false);
  };

  return (
    <form
      aria-label={t("form")}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(draft, { onSuccess: (fresh) => (setDraft(draftOf(fresh.contact)), setSaved(true)) });
      }}
    >
      <p className="text-xs text-gray-500">
        {contact.platform} · {contact.destination}
      </p>
      <Field label={t("name")} value={draft.name} onChange={set("name")} error={fieldError("name")} maxLength={100} />
      <Field label={t("email")} type="email" value={draft.email} onChange={set("email")} error={fieldError("email")} />
      <Field label={t("phone")} type="tel" value={draft.phone} onChange={set("phone")} error={fieldError("phone")} />
      <Field label={t("notes")} multiline value={draft.notes} onChange={set("notes")} error={fieldError("notes")} />
      {update.isError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {update.error.message}
        </p>
      )}
      {saved && !update.isPending && (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      )}
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

function Field({
  label,
  value,
  onChange,
  error,
  type = "text",
  multiline = false,
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: string;
  multiline?: boolean;
  maxLength?: number;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const shared = {
    id,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
    className: cn("mt-0.5 w-full rounded-md border px-2 py-1.5 text-base", error ? "border-red-500" : "border-gray-300"),
  };
  return (
    <div className="flex flex-col text-sm text-gray-700">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type={type} maxLength={maxLength} onChange={(e) => onChange(e.target.value)} />
      )}
      {error && (
        <p id={errorId} className="mt-0.5 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
