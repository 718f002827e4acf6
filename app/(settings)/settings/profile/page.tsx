import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { getProfile } from "@/lib/teams/profile";
import { requireSignedIn } from "../require-settings";
import { getAlertMode } from "@/lib/teams/alert-mode";
import { AlertsForm } from "./alerts-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

export default async function ProfilePage() {
  const agent = await requireSignedIn("/settings/profile");
  const { db } = await getRuntime();
  const [profile, alertMode] = await Promise.all([getProfile(db, agent.id), getAlertMode(db, agent.id)]);
  return (
    <SettingsSection title="Profile" description={`Signed in as ${profile.email}.`}>
      <ProfileForm initial={{ name: profile.name, timeZone: profile.timeZone }} />
      <AlertsForm initial={alertMode} />
      <PasswordForm />
    </SettingsSection>
  );
}
