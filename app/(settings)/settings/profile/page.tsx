import { SettingsSection } from "@/components/settings/form-kit";
import { getRuntime } from "@/lib/runtime/boot";
import { getProfile } from "@/lib/teams/profile";
import { requireSignedIn } from "../require-settings";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

export default async function ProfilePage() {
  const agent = await requireSignedIn("/settings/profile");
  const profile = await getProfile((await getRuntime()).db, agent.id);
  return (
    <SettingsSection title="Profile" description={`Signed in as ${profile.email}.`}>
      <ProfileForm initial={{ name: profile.name, timeZone: profile.timeZone }} />
      <PasswordForm />
    </SettingsSection>
  );
}
