import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { LABEL_PALETTE } from "@/lib/validation/settings";

/** A small palette, plus the browser's colour input for any other #rrggbb. */
export function ColourField({ id, value, onChange, error }: { id: string; value: string; onChange: (color: string) => void; error?: string }) {
  const t = useTranslations("settings.labels");
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium text-gray-800">{t("colour")}</legend>
      <div className="flex flex-wrap items-center gap-1.5">
        {LABEL_PALETTE.map((color) => (
          <button
            key={color}
            type="button"
            aria-label={t("colourNamed", { color })}
            aria-pressed={value.toLowerCase() === color}
            onClick={() => onChange(color)}
            className={cn("size-7 rounded-full border-2", value.toLowerCase() === color ? "border-gray-900" : "border-transparent")}
            style={{ backgroundColor: color }}
          />
        ))}
        <label htmlFor={id} className="sr-only">
          {t("otherColour")}
        </label>
        <input id={id} type="color" value={/^#[0-9a-f]{6}$/i.test(value) ? value : "#000000"} onChange={(e) => onChange(e.target.value)} className="h-7 w-10 cursor-pointer" />
      </div>
      {error && <p className="text-xs text-red-700">{error}</p>}
    </fieldset>
  );
}
