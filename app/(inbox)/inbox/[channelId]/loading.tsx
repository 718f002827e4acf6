import { InboxLoading } from "@/components/inbox/inbox-loading";

export default function Loading() {
  return <InboxLoading from="thread" />;
}
