import { useTranslations } from "next-intl";
import { StatusPage } from "@/components/status-page";

/** What `forbidden()` shows (status 403): signed in, but the page is for other roles. */
export default function Forbidden() {
  const t = useTranslations("common.forbidden");
  return <StatusPage heading={t("heading")} text={t("text")} toInbox={t("toInbox")} />;
}
