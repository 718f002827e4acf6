import { useTranslations } from "next-intl";
import { errorProps, Field, inputClass } from "@/components/settings/form-kit";
import { AUDIT_KINDS } from "@/lib/teams/audit-kinds";

export interface AuditFilterValues {
  actor: string;
  kind: string;
  from: string;
  to: string;
}

export interface AgentOption {
  id: string;
  name: string;
  email: string;
}

export function AuditFilters({ agents, value, onChange, errors }: { agents: AgentOption[]; value: AuditFilterValues; onChange: (v: AuditFilterValues) => void; errors: Record<string, string> }) {
  const t = useTranslations("settings.audit");
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div role="search" aria-label={t("filters")} className="grid gap-3 rounded-xl border border-gray-200 bg-surface p-4 sm:grid-cols-4">
      <Field id="audit-actor" label={t("actor")} error={errors.actor}>
        <select id="audit-actor" className={inputClass} value={value.actor} onChange={(e) => set({ actor: e.target.value })} {...errorProps("audit-actor", errors.actor)}>
          <option value="">{t("anyone")}</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.email})
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-kind" label={t("kind")} error={errors.kind}>
        <select id="audit-kind" className={inputClass} value={value.kind} onChange={(e) => set({ kind: e.target.value })} {...errorProps("audit-kind", errors.kind)}>
          <option value="">{t("everyKind")}</option>
          {AUDIT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t("kindOption", { description: t(`kinds.${kind}`), kind })}
            </option>
          ))}
        </select>
      </Field>
      <Field id="audit-from" label={t("from")} error={errors.from}>
        <input id="audit-from" type="date" className={inputClass} value={value.from} onChange={(e) => set({ from: e.target.value })} {...errorProps("audit-from", errors.from)} />
      </Field>
      <Field id="audit-to" label={t("to")} error={errors.to}>
        <input id="audit-to" type="date" className={inputClass} value={value.to} onChange={(e) => set({ to: e.target.value })} {...errorProps("audit-to", errors.to)} />
      </Field>
    </div>
  );
}
