"use client";

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
  const router = useRouter();
  const [values, setValues] = useState({ name: label?.name ?? "", color: label?.color ?? LABEL_PALETTE[5] });
  const form = useSettingsForm(labelSchema);
  const id = label ? `label-${label.id}` : "new-label";

  return (
    <form
      aria-label={label ? `Edit label ${label.name}` : "New label"}
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const send = (data: unknown) => saveItem("/api/labels", label?.id, data);
        void form.submit(values, send, label ? "Saved." : "Label added.").then((ok) => {
          if (!ok) return;
          if (!label) setValues({ ...values, name: "" });
          onDone?.();
          router.refresh();
        });
      }}
    >
      <FormMessage error={form.error} saved={form.saved} />
      <TextField id={`${id}-name`} label="Label name" value={values.name} maxLength={LABEL_NAME_MAX} error={form.errors.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
      <ColourField id={`${id}-color`} value={values.color} error={form.errors.color} onChange={(color) => setValues({ ...values, color })} />
      <FormActions pending={form.pending} submitLabel={label ? "Save" : "Add label"} onCancel={onDone} />
    </form>
  );
}
