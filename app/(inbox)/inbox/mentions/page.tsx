import { MentionsPane } from "@/components/inbox/mentions-pane";
import { requireAgent } from "../require-agent";

/** Every signed-in agent has its own mentions (the API only ever lists the asker's). */
export default async function MentionsPage() {
  await requireAgent("/inbox/mentions");
  return <MentionsPane />;
}
