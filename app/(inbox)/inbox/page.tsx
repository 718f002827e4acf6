import { getTranslations } from "next-intl/server";
import { PanePlaceholder } from "@/components/inbox/pane-placeholder";
import { requireAgent } from "./require-agent";

export default async function InboxPage() {
  await requireAgent("/inbox");
  const t = await getTranslations("inbox.shell");
  return <PanePlaceholder>{t("chooseChannel")}</PanePlaceholder>;
}
