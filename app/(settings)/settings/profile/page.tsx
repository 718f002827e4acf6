import { getTranslations } from "next-intl/server";
import { LanguageChoiceField } from "@/components/inbox/language-choice";
import { SettingsSection } from "@/components/settings/form-kit";
import { isLocale } from "@/lib/i18n/locales";
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
  const [profile, alertMode, t] = await Promise.all([getProfile(db, agent.id), getAlertMode(db, agent.id), getTranslations("settings.profile")]);
  return (
    <SettingsSection title={t("title")} description={t("signedInAs", { email: profile.email })}>
      <ProfileForm initial={{ name: profile.name, timeZone: profile.timeZone }} />
      {/* Saved as soon as it is chosen (the same control as the account menu's), so no Save button. */}
      <div className="flex max-w-md flex-col gap-1 rounded-xl border border-gray-200 bg-surface p-2">
        <LanguageChoiceField initial={isLocale(agent.locale) ? agent.locale : null} />
        <p className="px-2 text-xs text-gray-500">{t("languageHint")}</p>
      </div>
      <AlertsForm initial={alertMode} />
      <PasswordForm />
    </SettingsSection>
  );
}
