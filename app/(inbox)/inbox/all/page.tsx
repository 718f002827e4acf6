import { ConversationsPane } from "@/components/inbox/conversations-pane";
import { ALL_CHANNELS } from "@/components/inbox/inbox-keys";
import { PanePlaceholder } from "@/components/inbox/pane-placeholder";
import { requireAgent } from "../require-agent";

/** "All channels": one list across every channel the agent may see (the API applies the policy). */
export default async function AllChannelsPage() {
  await requireAgent("/inbox/all");
  return (
    <>
      <ConversationsPane scope={ALL_CHANNELS} />
      <PanePlaceholder>Choose a conversation to read it and reply.</PanePlaceholder>
    </>
  );
}
