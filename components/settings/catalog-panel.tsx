"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { Button } from "@/components/ui/button";
import { z } from "zod";
import { FormMessage } from "./form-kit";
import { useSettingsForm } from "./use-settings-form";

/** Creates (POST to the collection) or, given an id, changes (PATCH) one item of a settings list. */
export function saveItem(collectionUrl: string, id: string | undefined, data: unknown): Promise<unknown> {
  return apiFetch(id ? `${collectionUrl}/${id}` : collectionUrl, { method: id ? "PATCH" : "POST", body: JSON.stringify(data) });
}

/**
 * A settings list that admins grow and prune (labels, canned replies): a "new" form on top, each
 * item with Edit (its form in place) and Delete (confirmed, then the page's data is reloaded).
 */
export function CatalogPanel<T extends { id: string }>({
  items,
  newTitle,
  newForm,
  emptyText,
  nameOf,
  summary,
  editForm,
  deleteUrl,
  deleteQuestion,
}: {
  items: T[];
  newTitle: string;
  newForm: ReactNode;
  emptyText: string;
  /** How the item is named in buttons ("Edit Urgent", "Delete /thanks") and messages. */
  nameOf: (item: T) => string;
  summary: (item: T) => ReactNode;
  editForm: (item: T, done: () => void) => ReactNode;
  deleteUrl: (item: T) => string;
  deleteQuestion: (item: T) => string;
}) {
  const t = useTranslations("settings.form");
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const removal = useSettingsForm(z.unknown());

  async function remove(item: T) {
    if (!window.confirm(deleteQuestion(item))) return;
    if (await removal.run(() => apiFetch(deleteUrl(item), { method: "DELETE" }), t("deleted", { name: nameOf(item) }))) router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-xl border border-gray-200 bg-surface p-4">
        <h2 className="mb-3 font-medium text-gray-900">{newTitle}</h2>
        {newForm}
      </div>
      <FormMessage error={removal.error} saved={removal.saved} />
      {items.length === 0 ? (
        <p className="text-sm text-gray-500">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-xl border border-gray-200 bg-surface">
          {items.map((item) => (
            <li key={item.id} className="p-3">
              {editing === item.id ? (
                editForm(item, () => setEditing(null))
              ) : (
                <div className="flex items-start gap-3">
                  <div className="min-w-0 flex-1">{summary(item)}</div>
                  <Button variant="secondary" size="xs" aria-label={t("editNamed", { name: nameOf(item) })} onClick={() => setEditing(item.id)}>
                    {t("edit")}
                  </Button>
                  <Button variant="danger" size="xs" aria-label={t("deleteNamed", { name: nameOf(item) })} disabled={removal.pending} onClick={() => void remove(item)}>
                    {t("delete")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
