"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { destinationSchema } from "@/lib/sandbox/simulator-schema";

/** Opens a chat for a destination that may not exist yet; the first message creates it. */
/** The words for the destination rule an issue names (the schema has one message per rule). */
const RULE_OF_ISSUE = { too_small: "empty", too_big: "tooLong" } as const;

export function NewChatForm({ disabled, onStart }: { disabled: boolean; onStart: (destination: string) => void }) {
  const t = useTranslations("sandbox.newChat");
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = destinationSchema.safeParse(value.trim());
    if (!parsed.success) {
      const code = parsed.error.issues[0].code;
      setError(t(code === "too_small" || code === "too_big" ? RULE_OF_ISSUE[code] : "pattern"));
      return;
    }
    setError(null);
    setValue("");
    onStart(parsed.data);
  }

  return (
    <form aria-labelledby={headingId} noValidate onSubmit={submit} className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-surface p-3">
      <h2 id={headingId} className="text-sm font-medium text-slate-800">
        {t("heading")}
      </h2>
      <label htmlFor={inputId} className="text-sm text-slate-700">
        {t("destination")}
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="destination"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={t("placeholder")}
          autoComplete="off"
          maxLength={64}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base text-slate-900 focus:outline-none focus:ring-2 focus:ring-blue-500"
        />
        <button
          type="submit"
          disabled={disabled}
          className="rounded-md bg-neutral-800 px-3 py-2 text-sm font-medium text-white hover:bg-neutral-700 focus:outline-none focus:ring-2 focus:ring-blue-500 disabled:opacity-50"
        >
          {t("start")}
        </button>
      </div>
      <p id={hintId} className="text-xs text-slate-500">
        {t("hint")}
      </p>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
