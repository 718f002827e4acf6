"use client";

import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";

/**
 * The shell of the composer's URL and contact forms: fields, a send button, Close and the
 * form's own problem. They sit inside the composer's <form> (forms cannot nest), so Enter in
 * one of their fields would submit the whole reply: here it sends this sub-form instead.
 */
export function SubForm({
  legend,
  sendLabel,
  sendDisabled,
  problem,
  onSend,
  onClose,
  children,
}: {
  legend: string;
  sendLabel: string;
  sendDisabled: boolean;
  problem: string | null;
  onSend: () => void;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("composer.subForm");
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    // The button may be disabled; Enter must not get round that.
    if (!sendDisabled) onSend();
  };
  return (
    <fieldset onKeyDown={onKeyDown} className="mb-2 flex flex-wrap items-end gap-2 rounded-lg border border-gray-200 p-2">
      <legend className="px-1 text-xs font-medium text-gray-600">{legend}</legend>
      {children}
      <Button onClick={onSend} disabled={sendDisabled}>
        {sendLabel}
      </Button>
      <Button variant="ghost" onClick={onClose}>
        {t("close")}
      </Button>
      {problem && (
        <p role="alert" className="w-full text-sm text-red-700">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
