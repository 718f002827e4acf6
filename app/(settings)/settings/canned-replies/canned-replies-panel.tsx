"use client";

import { CatalogPanel } from "@/components/settings/catalog-panel";
import type { CannedReplyView } from "@/lib/teams/canned-replies";
import { CannedReplyForm } from "./canned-reply-form";

export function CannedRepliesPanel({ replies }: { replies: CannedReplyView[] }) {
  return (
    <CatalogPanel
      items={replies}
      newTitle="New canned reply"
      newForm={<CannedReplyForm />}
      emptyText="No canned replies yet."
      nameOf={(reply) => `/${reply.shortcut}`}
      summary={(reply) => (
        <>
          <p className="font-mono text-sm font-medium text-gray-900">/{reply.shortcut}</p>
          <p className="line-clamp-2 whitespace-pre-wrap text-sm text-gray-600">{reply.body}</p>
        </>
      )}
      editForm={(reply, done) => <CannedReplyForm reply={reply} onDone={done} />}
      deleteUrl={(reply) => `/api/canned-replies/${reply.id}`}
      deleteQuestion={(reply) => `Delete /${reply.shortcut}?`}
    />
  );
}
