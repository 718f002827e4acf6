import { getTranslations } from "next-intl/server";
import { ConversationsPane } from "@/components/inbox/conversations-pane";
import { ALL_CHANNELS } from "@/components/inbox/inbox-keys";
import { PanePlaceholder } from "@/components/inbox/pane-placeholder";
import { pageFilters, Prefetched, prefetchConversations, serverQueryClient } from "../prefetch";
import { requireAgent } from "../require-agent";

/** "All channels": one list across every channel the agent may see (the API applies the policy). */
export default async function AllChannelsPage() {
  const agent = await requireAgent("/inbox/all");
  const queries = serverQueryClient();
  const [t] = await Promise.all([getTranslations("inbox.shell"), prefetchConversations(queries, agent, ALL_CHANNELS, await pageFilters())]);
  return (
    <>
      <Prefetched client={queries}>
        <ConversationsPane scope={ALL_CHANNELS} />
      </Prefetched>
      <PanePlaceholder>{t("chooseConversation")}</PanePlaceholder>
    </>
  );
}
