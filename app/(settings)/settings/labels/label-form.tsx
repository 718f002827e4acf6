"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveItem } from "@/components/settings/catalog-panel";
import { FormActions, FormMessage, TextField } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import type { LabelView } from "@/lib/teams/labels";
import { LABEL_NAME_MAX, LABEL_PALETTE, labelSchema } from "@/lib/validation/settings";
import { ColourField } from "./colour-field";

/** Creates a label (no `label`) or renames/recolours one; the same schema as the route either way. */
export function LabelForm({ label, onDone }: { label?: LabelView; onDone?: () => void }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState({ name: label?.name ?? "", color: label?.color ?? LABEL_PALETTE[5] });
  const form = useSettingsForm(labelSchema);
  const id = label ? `label-${label.id}` : "new-label";

  return (
    <form
      aria-label={label ? t("labels.editForm", { name: label.name }) : t("labels.newTitle")}
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const send = (data: unknown) => saveItem("/api/labels", label?.id, data);
        void form.submit(values, send, label ? t("form.saved") : t("labels.added")).then((ok) => {
          if (!ok) return;
          if (!label) setValues({ ...values, name: "" });
          onDone?.();
          router.refresh();
        });
      }}
    >
      <FormMessage error={form.error} saved={form.saved} />
      <TextField id={`${id}-name`} label={t("labels.name")} value={values.name} maxLength={LABEL_NAME_MAX} error={form.errors.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
      <ColourField id={`${id}-color`} value={values.color} error={form.errors.color} onChange={(color) => setValues({ ...values, color })} />
      <FormActions pending={form.pending} submitLabel={label ? t("form.save") : t("labels.add")} onCancel={onDone} />
    </form>
  );
}
