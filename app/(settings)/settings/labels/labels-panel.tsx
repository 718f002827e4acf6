"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormMessage } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import type { LabelView } from "@/lib/teams/labels";
import { labelSchema } from "@/lib/validation/settings";
import { LabelForm } from "./label-form";

export function LabelsPanel({ labels }: { labels: LabelView[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const removal = useSettingsForm(labelSchema);

  async function remove(label: LabelView) {
    if (!window.confirm(`Delete the label “${label.name}”? It is taken off every conversation.`)) return;
    if (await removal.run(() => apiFetch(`/api/labels/${label.id}`, { method: "DELETE" }), `Deleted “${label.name}”.`)) router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-xl border border-gray-200 bg-white p-4">
        <h2 className="mb-3 font-medium text-gray-900">New label</h2>
        <LabelForm />
      </div>
      <FormMessage error={removal.error} saved={removal.saved} />
      {labels.length === 0 ? (
        <p className="text-sm text-gray-500">No labels yet.</p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-xl border border-gray-200 bg-white">
          {labels.map((label) => (
            <li key={label.id} className="p-3">
              {editing === label.id ? (
                <LabelForm label={label} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex items-center gap-3">
                  <span aria-hidden="true" className="size-4 rounded-full" style={{ backgroundColor: label.color }} />
                  <span className="min-w-0 flex-1 truncate text-sm font-medium text-gray-900">{label.name}</span>
                  <Button variant="secondary" className="min-h-8 px-3" aria-label={`Edit ${label.name}`} onClick={() => setEditing(label.id)}>
                    Edit
                  </Button>
                  <Button variant="ghost" className="min-h-8 px-3 text-red-700" aria-label={`Delete ${label.name}`} disabled={removal.pending} onClick={() => void remove(label)}>
                    Delete
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
