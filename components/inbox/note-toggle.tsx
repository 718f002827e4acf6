import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** Switches the composer between a reply to the contact and an internal note for the team. */
export function NoteToggle({ pressed, disabled, onToggle }: { pressed: boolean; disabled: boolean; onToggle: () => void }) {
  const t = useTranslations("composer.note");
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onToggle}
      title={pressed ? t("toReply") : t("toNote")}
      className={cn(
        "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm font-medium transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-60",
        pressed ? "border-amber-500 bg-amber-200 text-amber-950" : "border-gray-300 bg-surface text-gray-700 hover:bg-gray-50",
      )}
    >
      {t("toggle")}
    </button>
  );
}
