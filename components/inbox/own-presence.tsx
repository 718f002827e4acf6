"use client";

import { useTranslations } from "next-intl";
import { PresenceDot } from "./presence-dot";
import { useOwnPresence } from "./use-own-presence";

/** Beside the Account button: the agent's own presence, so it knows whether work comes to it. */
export function OwnPresence() {
  const t = useTranslations("common.presence");
  const presence = useOwnPresence().data?.presence;
  if (!presence) return null;
  return <PresenceDot presence={presence} label={t("yours", { status: t(presence) })} />;
}
