import { useTranslations } from "next-intl";
import { StatusPage } from "@/components/status-page";

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return <StatusPage heading={t("heading")} text={t("text")} toInbox={t("toInbox")} />;
}
