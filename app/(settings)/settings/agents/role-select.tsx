import { useTranslations } from "next-intl";
import { errorProps, Field, inputClass } from "@/components/settings/form-kit";
import { AGENT_ROLES, type AgentRole } from "@/lib/validation/settings";

export function RoleSelect({ id, value, onChange, error }: { id: string; value: string; onChange: (role: AgentRole) => void; error?: string }) {
  const t = useTranslations("settings.agents");
  return (
    <Field id={id} label={t("roleLabel")} error={error}>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value as AgentRole)} {...errorProps(id, error)}>
        {AGENT_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roleOptions.${role}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
