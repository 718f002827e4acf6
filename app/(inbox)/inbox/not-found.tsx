import { PanePlaceholder } from "@/components/inbox/pane-placeholder";

/** A channel or conversation that does not exist or that the policy refuses: the same words for both. */
export default function InboxNotFound() {
  return <PanePlaceholder>This conversation or channel does not exist, or you do not have access to it.</PanePlaceholder>;
}
