import { SettingsSection } from "@/components/settings/form-kit";
import { requireSignedIn } from "../require-settings";
import { NotificationsPanel } from "./notifications-panel";

export default async function NotificationsPage() {
  await requireSignedIn("/settings/notifications");
  return (
    <SettingsSection title="Notifications" description="Notifications on this device when the inbox is closed or in the background. Each phone and browser is set on its own.">
      <NotificationsPanel />
    </SettingsSection>
  );
}
