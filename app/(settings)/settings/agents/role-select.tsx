import { errorProps, Field, inputClass } from "@/components/settings/form-kit";
import { AGENT_ROLES, type AgentRole } from "@/lib/validation/settings";

const ROLE_LABELS: Record<AgentRole, string> = {
  admin: "Admin — everything, settings included",
  supervisor: "Supervisor — every channel, assigns anyone",
  agent: "Agent — only its channels",
};

export function RoleSelect({ id, value, onChange, error }: { id: string; value: string; onChange: (role: AgentRole) => void; error?: string }) {
  return (
    <Field id={id} label="Role" error={error}>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value as AgentRole)} {...errorProps(id, error)}>
        {AGENT_ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
    </Field>
  );
}
