"use client";

import { useRef } from "react";
import { cn } from "@/components/ui/cn";
import { ComposerIcon, type ComposerIconName } from "./composer-icons";

export type ComposerPanel = "url" | "contact" | null;

function Tool({ label, icon, onClick, disabled, pressed }: { label: string; icon: ComposerIconName; onClick: () => void; disabled?: boolean; pressed?: boolean }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onClick={onClick}
      disabled={disabled}
      className={cn(
        "inline-flex size-10 items-center justify-center rounded-lg text-gray-600 hover:bg-gray-100 disabled:opacity-40",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand",
        pressed && "bg-gray-100",
      )}
    >
      <ComposerIcon name={icon} />
    </button>
  );
}

/** The row of extras beside the text: emoji, attach, record, send by URL, send a contact. */
export function ComposerTools({
  disabled,
  panel,
  emojiOpen,
  onEmoji,
  onFile,
  onRecord,
  onPanel,
}: {
  disabled: boolean;
  panel: ComposerPanel;
  emojiOpen: boolean;
  onEmoji: () => void;
  onFile: (file: File) => void;
  onRecord: () => void;
  onPanel: (panel: ComposerPanel) => void;
}) {
  const picker = useRef<HTMLInputElement>(null);
  const toggle = (next: Exclude<ComposerPanel, null>) => onPanel(panel === next ? null : next);
  return (
    // A row of its own on phones, so the text box and Send keep the full width below it.
    <div className="flex w-full items-center gap-0.5 md:w-auto">
      <input
        ref={picker}
        type="file"
        hidden
        aria-label="File to attach"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so picking the same file again still fires a change.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Tool label="Emoji" icon="emoji" pressed={emojiOpen} onClick={onEmoji} />
      <Tool label="Attach file" icon="attach" disabled={disabled} onClick={() => picker.current?.click()} />
      <Tool label="Record voice note" icon="mic" disabled={disabled} onClick={onRecord} />
      <Tool label="Send a file by URL" icon="link" disabled={disabled} pressed={panel === "url"} onClick={() => toggle("url")} />
      <Tool label="Send contact" icon="contact" disabled={disabled} pressed={panel === "contact"} onClick={() => toggle("contact")} />
    </div>
  );
}
