import Link from "next/link";
import { useTranslations } from "next-intl";

/** What `forbidden()` shows (status 403): signed in, but the page is for other roles. */
export default function Forbidden() {
  const t = useTranslations("common.forbidden");
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-lg font-semibold text-gray-900">{t("heading")}</h1>
      <p className="text-sm text-gray-600">{t("text")}</p>
      <Link
        href="/inbox"
        className="inline-flex min-h-10 items-center rounded-lg bg-brand px-4 text-sm font-medium text-white hover:bg-brand-strong"
      >
        {t("toInbox")}
      </Link>
    </main>
  );
}
