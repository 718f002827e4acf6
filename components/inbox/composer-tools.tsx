"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { cn } from "@/components/ui/cn";
import { ComposerIcon, type ComposerIconName } from "./composer-icons";
import { MenuButton } from "./menu-button";

export type ComposerPanel = "url" | "contact" | null;

type ToolKey = "file" | "voice" | "url" | "contact";
const TOOLS = [
  { key: "file", label: "attachFile", icon: "attach" },
  { key: "voice", label: "recordVoice", icon: "mic" },
  { key: "url", label: "sendByUrl", icon: "link" },
  { key: "contact", label: "sendContact", icon: "contact" },
] as const satisfies readonly { key: ToolKey; label: string; icon: ComposerIconName }[];

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
  const t = useTranslations("composer.tools");
  const toggle = (next: Exclude<ComposerPanel, null>) => onPanel(panel === next ? null : next);
  const select = (key: ToolKey) => {
    if (key === "file") picker.current?.click();
    else if (key === "voice") onRecord();
    else toggle(key);
  };
  const tools = TOOLS.map((tool) => ({ ...tool, label: t(tool.label), onSelect: () => select(tool.key), pressed: panel === tool.key }));
  return (
    // Wide screens: a button each. Phones: one "Attach" menu, so the box and Send share its row.
    <div className="flex shrink-0 items-center gap-0.5">
      <input
        ref={picker}
        type="file"
        hidden
        aria-label={t("fileToAttach")}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so picking the same file again still fires a change.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Tool label={t("emoji")} icon="emoji" pressed={emojiOpen} onClick={onEmoji} />
      <div className="hidden items-center gap-0.5 md:flex">
        {tools.map((tool) => (
          <Tool
            key={tool.key}
            label={tool.label}
            icon={tool.icon}
            disabled={disabled}
            pressed={tool.key === "url" || tool.key === "contact" ? tool.pressed : undefined}
            onClick={tool.onSelect}
          />
        ))}
      </div>
      <div className="md:hidden">
        <MenuButton label={t("attach")} icon={<ComposerIcon name="attach" />} disabled={disabled} above items={tools} />
      </div>
    </div>
  );
}
