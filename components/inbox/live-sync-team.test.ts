import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { createLiveSync } from "./live-sync";
import { assigneesKey, ownPresenceKey, teamKeys } from "./team-keys";

const unreachable = async <T>(): Promise<T> => {
  throw new Error("no fetch expected");
};

describe("live events for the team views", () => {
  it("a mention marks the Mentions view stale, and only it", async () => {
    const qc = new QueryClient();
    qc.setQueryData(teamKeys.mentions(), { mentions: [], unreadCount: 0 });
    qc.setQueryData(teamKeys.contact("c1"), { contact: {} });
    await createLiveSync(qc, unreachable).apply({ type: "mention.created", agentId: "me", mentionId: 1, channelId: "ch1", conversationId: "c1" });
    expect(qc.getQueryState(teamKeys.mentions())?.isInvalidated).toBe(true);
    expect(qc.getQueryState(teamKeys.contact("c1"))?.isInvalidated).toBe(false);
  });

  it("a conversation update marks that conversation's contact and labels stale, not another's", async () => {
    const qc = new QueryClient();
    qc.setQueryData(teamKeys.contact("c1"), { contact: {} });
    qc.setQueryData(teamKeys.labels("c1"), { labels: [] });
    qc.setQueryData(teamKeys.contact("c2"), { contact: {} });
    await createLiveSync(qc, unreachable).apply({ type: "conversation.updated", channelId: "ch1", conversationId: "c1" });
    expect(qc.getQueryState(teamKeys.contact("c1"))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(teamKeys.labels("c1"))?.isInvalidated).toBe(true);
    expect(qc.getQueryState(teamKeys.contact("c2"))?.isInvalidated).toBe(false);
  });

  it("a teammate's presence marks every Assign menu stale; one's own, the header's dot", async () => {
    const qc = new QueryClient();
    qc.setQueryData([...assigneesKey("c1"), null], { agents: [] });
    qc.setQueryData(ownPresenceKey, { presence: "online", away: false });
    const sync = createLiveSync(qc, unreachable, "me");
    await sync.apply({ type: "agent.presence", agentId: "ana", presence: "away" });
    expect(qc.getQueryState([...assigneesKey("c1"), null])?.isInvalidated).toBe(true);
    expect(qc.getQueryState(ownPresenceKey)?.isInvalidated).toBe(false);
    await sync.apply({ type: "agent.presence", agentId: "me", presence: "away" });
    expect(qc.getQueryState(ownPresenceKey)?.isInvalidated).toBe(true);
  });
});
