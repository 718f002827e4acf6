"use client";

import { useTranslations } from "next-intl";
import { CatalogPanel } from "@/components/settings/catalog-panel";
import type { LabelView } from "@/lib/teams/labels";
import { LabelForm } from "./label-form";

export function LabelsPanel({ labels }: { labels: LabelView[] }) {
  const t = useTranslations("settings.labels");
  return (
    <CatalogPanel
      items={labels}
      newTitle={t("newTitle")}
      newForm={<LabelForm />}
      emptyText={t("empty")}
      nameOf={(label) => label.name}
      summary={(label) => (
        <span className="flex items-center gap-3">
          <span aria-hidden="true" className="size-4 shrink-0 rounded-full" style={{ backgroundColor: label.color }} />
          <span className="truncate text-sm font-medium text-gray-900">{label.name}</span>
        </span>
      )}
      editForm={(label, done) => <LabelForm label={label} onDone={done} />}
      deleteUrl={(label) => `/api/labels/${label.id}`}
      deleteQuestion={(label) => t("deleteQuestion", { name: label.name })}
    />
  );
}
