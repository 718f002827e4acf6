import { PanePlaceholder } from "@/components/inbox/pane-placeholder";
import { requireAgent } from "./require-agent";

export default async function InboxPage() {
  await requireAgent("/inbox");
  return <PanePlaceholder>Choose a channel to see its conversations.</PanePlaceholder>;
}
