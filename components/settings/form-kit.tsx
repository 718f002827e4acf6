import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export const inputClass =
  "min-h-10 w-full rounded-lg border border-gray-300 bg-surface px-3 text-sm text-gray-900 focus:outline-2 focus:-outline-offset-1 focus:outline-brand aria-[invalid=true]:border-red-600";

/** A label above its control, a hint and the field's error below (announced with the control). */
export function Field({ id, label, error, hint, children, className }: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-gray-800">
        {label}
      </label>
      {children}
      {hint && <p className="text-xs text-gray-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/** The props that tie a control to its Field's error. */
export const errorProps = (id: string, error: string | undefined) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": error ? `${id}-error` : undefined,
});

export function TextField({ id, label, error, hint, className, ...input }: { id: string; label: string; error?: string; hint?: ReactNode } & ComponentProps<"input">) {
  return (
    <Field id={id} label={label} error={error} hint={hint} className={className}>
      <input id={id} className={inputClass} {...errorProps(id, error)} {...input} />
    </Field>
  );
}

/** The form's overall message: what went wrong (role=alert) or what was saved (role=status). */
export function FormMessage({ error, saved }: { error: string | null; saved?: string | null }) {
  if (error)
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {error}
      </p>
    );
  if (saved)
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        {saved}
      </p>
    );
  return null;
}

export function SettingsSection({ title, description, children, actions }: { title: string; description?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold text-gray-900">{title}</h1>
          {description && <p className="mt-1 text-sm text-gray-600">{description}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Submit, and Cancel when the form can be closed. */
export function FormActions({ pending, submitLabel, onCancel, cancelLabel }: { pending: boolean; submitLabel: string; onCancel?: () => void; cancelLabel?: string }) {
  const t = useTranslations("settings.form");
  return (
    <div className="flex gap-2">
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel ?? t("cancel")}
        </Button>
      )}
    </div>
  );
}
