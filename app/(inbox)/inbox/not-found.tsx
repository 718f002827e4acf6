import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * A channel or conversation that does not exist or that the policy refuses: the same words for
 * both, so an address does not tell what exists. Shown on phones too (it replaces the pane).
 */
export default async function InboxNotFound() {
  const t = await getTranslations("inbox.notFound");
  return (
    <section className="flex flex-1 flex-col items-center justify-center gap-3 bg-gray-50 p-6 text-center" aria-labelledby="inbox-not-found">
      <h2 id="inbox-not-found" className="text-base font-semibold text-gray-900">
        {t("title")}
      </h2>
      <p className="max-w-sm text-sm text-gray-600">{t("body")}</p>
      <Link href="/inbox" className="inline-flex min-h-10 items-center rounded-lg bg-brand px-4 text-sm font-medium text-white hover:bg-brand-strong">
        {t("backToInbox")}
      </Link>
    </section>
  );
}
