import type { Translate } from "@/lib/i18n/translator";

const UNITS = ["KB", "MB", "GB"] as const;

/**
 * A size as a person reads it: "512 bytes", "1.5 MB" (binary multiples, as file managers show),
 * in the agent's language: the units from the catalog ("1,5 Mo" in French), the number from Intl
 * in `locale`, without grouping ("1023 bytes", as before languages came).
 */
export function formatFileSize(bytes: number, t: Translate<"thread">, locale: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false }).format(value);
  if (bytes < 1024) return t("size.bytes", { count: bytes, size: number(bytes, 0) });
  let value = bytes;
  let unit: (typeof UNITS)[number] = "KB";
  for (const next of UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return t(`size.${unit}`, { size: number(value, value >= 100 ? 0 : 1) });
}
