"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormMessage } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import type { CannedReplyView } from "@/lib/teams/canned-replies";
import { cannedReplySchema } from "@/lib/validation/settings";
import { CannedReplyForm } from "./canned-reply-form";

export function CannedRepliesPanel({ replies }: { replies: CannedReplyView[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const removal = useSettingsForm(cannedReplySchema);

  async function remove(reply: CannedReplyView) {
    if (!window.confirm(`Delete /${reply.shortcut}?`)) return;
    if (await removal.run(() => apiFetch(`/api/canned-replies/${reply.id}`, { method: "DELETE" }), `Deleted /${reply.shortcut}.`)) router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-xl border border-gray-200 bg-white p-4">
        <h2 className="mb-3 font-medium text-gray-900">New canned reply</h2>
        <CannedReplyForm />
      </div>
      <FormMessage error={removal.error} saved={removal.saved} />
      {replies.length === 0 ? (
        <p className="text-sm text-gray-500">No canned replies yet.</p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-xl border border-gray-200 bg-white">
          {replies.map((reply) => (
            <li key={reply.id} className="p-3">
              {editing === reply.id ? (
                <CannedReplyForm reply={reply} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex items-start gap-3">
                  <div className="min-w-0 flex-1">
                    <p className="font-mono text-sm font-medium text-gray-900">/{reply.shortcut}</p>
                    <p className="line-clamp-2 whitespace-pre-wrap text-sm text-gray-600">{reply.body}</p>
                  </div>
                  <Button variant="secondary" className="min-h-8 px-3" aria-label={`Edit /${reply.shortcut}`} onClick={() => setEditing(reply.id)}>
                    Edit
                  </Button>
                  <Button variant="ghost" className="min-h-8 px-3 text-red-700" aria-label={`Delete /${reply.shortcut}`} disabled={removal.pending} onClick={() => void remove(reply)}>
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
