"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveItem } from "@/components/settings/catalog-panel";
import { errorProps, Field, FormActions, FormMessage, inputClass, TextField } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import type { CannedReplyView } from "@/lib/teams/canned-replies";
import { CANNED_BODY_MAX, CANNED_SHORTCUT_MAX, cannedReplySchema } from "@/lib/validation/settings";

/** Creates a canned reply (no `reply`) or edits one, checked with the route's schema. */
export function CannedReplyForm({ reply, onDone }: { reply?: CannedReplyView; onDone?: () => void }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState({ shortcut: reply?.shortcut ?? "", body: reply?.body ?? "" });
  const form = useSettingsForm(cannedReplySchema);
  const id = reply ? `reply-${reply.id}` : "new-reply";

  return (
    <form
      aria-label={reply ? t("canned.editForm", { shortcut: reply.shortcut }) : t("canned.newTitle")}
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const send = (data: unknown) => saveItem("/api/canned-replies", reply?.id, data);
        void form.submit(values, send, reply ? t("form.saved") : t("canned.added")).then((ok) => {
          if (!ok) return;
          if (!reply) setValues({ shortcut: "", body: "" });
          onDone?.();
          router.refresh();
        });
      }}
    >
      <FormMessage error={form.error} saved={form.saved} />
      <TextField
        id={`${id}-shortcut`}
        label={t("canned.shortcut")}
        value={values.shortcut}
        maxLength={CANNED_SHORTCUT_MAX + 1}
        error={form.errors.shortcut}
        hint={t("canned.shortcutHint", { max: CANNED_SHORTCUT_MAX })}
        onChange={(e) => setValues({ ...values, shortcut: e.target.value })}
      />
      <Field id={`${id}-body`} label={t("canned.text")} error={form.errors.body} hint={t("canned.count", { count: values.body.length, max: CANNED_BODY_MAX })}>
        <textarea
          id={`${id}-body`}
          rows={4}
          className={`${inputClass} py-2`}
          value={values.body}
          onChange={(e) => setValues({ ...values, body: e.target.value })}
          {...errorProps(`${id}-body`, form.errors.body)}
        />
      </Field>
      <FormActions pending={form.pending} submitLabel={reply ? t("form.save") : t("canned.add")} onCancel={onDone} />
    </form>
  );
}
