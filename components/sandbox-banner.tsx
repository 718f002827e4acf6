import Link from "next/link";
import { useTranslations } from "next-intl";

/** Shown on every page in sandbox mode so nobody mistakes demo data for real customers. */
export function SandboxBanner() {
  const t = useTranslations("common.sandboxBanner");
  return (
    <div
      role="region"
      aria-label={t("label")}
      className="shrink-0 bg-amber-100 px-3 py-1.5 text-center text-xs text-amber-950 sm:text-sm"
    >
      <strong className="font-semibold">{t("name")}</strong>
      <span>{t("note")}</span>
      <Link href="/sandbox" className="font-medium underline underline-offset-2 hover:text-amber-800">
        {t("simulator")}
      </Link>
    </div>
  );
}
