import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

/** An admin page opened by someone else, or a page that does not exist. */
export default function SettingsNotFound() {
  const t = useTranslations("settings.layout");
  return <EmptyState>{t("notFound")}</EmptyState>;
}
