"use client";

import { useTranslations } from "next-intl";
import { CatalogPanel } from "@/components/settings/catalog-panel";
import type { CannedReplyView } from "@/lib/teams/canned-replies";
import { CannedReplyForm } from "./canned-reply-form";

export function CannedRepliesPanel({ replies }: { replies: CannedReplyView[] }) {
  const t = useTranslations("settings.canned");
  return (
    <CatalogPanel
      items={replies}
      newTitle={t("newTitle")}
      newForm={<CannedReplyForm />}
      emptyText={t("empty")}
      nameOf={(reply) => `/${reply.shortcut}`}
      summary={(reply) => (
        <>
          <p className="font-mono text-sm font-medium text-gray-900">/{reply.shortcut}</p>
          <p className="line-clamp-2 whitespace-pre-wrap text-sm text-gray-600">{reply.body}</p>
        </>
      )}
      editForm={(reply, done) => <CannedReplyForm reply={reply} onDone={done} />}
      deleteUrl={(reply) => `/api/canned-replies/${reply.id}`}
      deleteQuestion={(reply) => t("deleteQuestion", { shortcut: reply.shortcut })}
    />
  );
}
