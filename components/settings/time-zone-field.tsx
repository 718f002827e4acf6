"use client";

import { useMemo } from "react";
import { errorProps, Field, inputClass } from "./form-kit";

/** The zones this browser knows, with the saved one kept even if the list lacks it (UTC often is). */
function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", current, ...known])].sort();
}

/** A labelled select of IANA time zones (the profile's zone, the report zone). */
export function TimeZoneField({ id, label, hint, saved, value, error, onChange }: { id: string; label: string; hint: string; saved: string; value: string; error?: string; onChange: (zone: string) => void }) {
  const zones = useMemo(() => timeZoneChoices(saved), [saved]);
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <select id={id} className={inputClass} value={value} onChange={(e) => onChange(e.target.value)} {...errorProps(id, error)}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
    </Field>
  );
}
