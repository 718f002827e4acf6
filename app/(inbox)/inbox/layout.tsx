import { ChannelsPane } from "@/components/inbox/channels-pane";
import { InboxHeader } from "@/components/inbox/inbox-header";
import { requireAgent } from "./require-agent";

export default async function InboxLayout({ children }: { children: React.ReactNode }) {
  const agent = await requireAgent("/inbox");
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <InboxHeader agent={agent} />
      <main className="flex min-h-0 flex-1">
        <h1 className="sr-only">Inbox</h1>
        <ChannelsPane />
        {children}
      </main>
    </div>
  );
}
