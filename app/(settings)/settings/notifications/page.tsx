import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/form-kit";
import { requireSignedIn } from "../require-settings";
import { NotificationsPanel } from "./notifications-panel";

export default async function NotificationsPage() {
  await requireSignedIn("/settings/notifications");
  const t = await getTranslations("settings.notifications");
  return (
    <SettingsSection title={t("title")} description={t("description")}>
      <NotificationsPanel />
    </SettingsSection>
  );
}
