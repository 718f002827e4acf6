"use client";

import { useParams } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { ListSkeleton, ThreadSkeleton } from "@/components/ui/skeleton";
import { CONVERSATIONS_PANE, THREAD_PANE } from "./pane-classes";

/**
 * Skeletons for the panes still loading. On a phone only the deepest selected pane shows,
 * so which skeleton is visible depends on the URL, exactly as for the real panes.
 */
export function InboxLoading({ from }: { from: "conversations" | "thread" }) {
  const { conversationId } = useParams<{ conversationId?: string }>();
  const thread = (
    <div className={cn(THREAD_PANE, "flex-col", conversationId ? "flex" : "hidden md:flex")}>
      {conversationId ? <ThreadSkeleton /> : null}
    </div>
  );
  if (from === "thread") return thread;
  return (
    <>
      <div className={cn(CONVERSATIONS_PANE, "flex-col", conversationId ? "hidden md:flex" : "flex")}>
        <ListSkeleton label="Loading conversations" />
      </div>
      {thread}
    </>
  );
}
