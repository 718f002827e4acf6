import { useTranslations } from "next-intl";
import { TextField } from "@/components/settings/form-kit";
import { CAPACITY_MAX } from "@/lib/validation/settings";

/** Kept as typed (a string): the schema, not the input, says what is wrong with it. */
export function CapacityField({ id, value, error, onChange }: { id: string; value: string; error?: string; onChange: (value: string) => void }) {
  const t = useTranslations("settings.agents");
  return (
    <TextField
      id={id}
      label={t("capacity")}
      type="number"
      min={1}
      max={CAPACITY_MAX}
      value={value}
      error={error}
      hint={t("capacityHint")}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
