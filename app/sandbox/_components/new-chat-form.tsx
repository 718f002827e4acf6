"use client";

import { useId, useState, type FormEvent } from "react";
import { destinationSchema } from "@/lib/sandbox/simulator-schema";

/** Opens a chat for a destination that may not exist yet; the first message creates it. */
export function NewChatForm({ disabled, onStart }: { disabled: boolean; onStart: (destination: string) => void }) {
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
      setError(parsed.error.issues[0].message);
      return;
    }
    setError(null);
    setValue("");
    onStart(parsed.data);
  }

  return (
    <form aria-labelledby={headingId} noValidate onSubmit={submit} className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-surface p-3">
      <h2 id={headingId} className="text-sm font-medium text-slate-800">
        New chat
      </h2>
      <label htmlFor={inputId} className="text-sm text-slate-700">
        Destination
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          name="destination"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="Your phone number or name"
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
          Start chat
        </button>
      </div>
      <p id={hintId} className="text-xs text-slate-500">
        Letters, digits and + . _ @ - only, up to 64 characters.
      </p>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
