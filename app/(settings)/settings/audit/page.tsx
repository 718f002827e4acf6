import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/components/settings/form-kit";
import { can } from "@/lib/auth/policy";
import { notFound } from "next/navigation";
import { getRuntime } from "@/lib/runtime/boot";
import { listAgents } from "@/lib/teams/agents-admin";
import { getProfile } from "@/lib/teams/profile";
import { requireSignedIn } from "../require-settings";
import { AuditLog } from "./audit-log";

export default async function AuditPage() {
  const me = await requireSignedIn("/settings/audit");
  if (!can.role(me, "audit.read")) notFound();
  const { db } = await getRuntime();
  const [agents, profile, t] = await Promise.all([listAgents(db), getProfile(db, me.id), getTranslations("settings.audit")]);
  return (
    <SettingsSection title={t("title")} description={t("description", { zone: profile.timeZone })}>
      <AuditLog agents={agents.map((a) => ({ id: a.id, name: a.name, email: a.email }))} timeZone={profile.timeZone} />
    </SettingsSection>
  );
}
