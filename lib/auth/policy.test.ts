import { describe, expect, it } from "vitest";
import { visibleTo } from "@/lib/events/sse";
import type { InboxEvent } from "@/lib/events/types";
import { decideAssign, decideConversation, decideRole, type Actor } from "./policy";

const CH_A = "11111111-1111-4111-8111-111111111111";
const CH_B = "22222222-2222-4222-8222-222222222222";
const admin: Actor = { id: "admin", role: "admin", channelIds: [] };
const supervisor: Actor = { id: "sup", role: "supervisor", channelIds: [] };
const agent: Actor = { id: "ana", role: "agent", channelIds: [CH_A] };
const other: Actor = { id: "bo", role: "agent", channelIds: [CH_A] };

describe("the policy", () => {
  it("gives settings, the audit log and metrics to admins only", () => {
    for (const action of ["settings.manage", "audit.read", "metrics.read"] as const) {
      expect(decideRole(admin, action).allowed).toBe(true);
      expect(decideRole(supervisor, action)).toMatchObject({ allowed: false, code: "forbidden_role" });
      expect(decideRole(agent, action)).toMatchObject({ allowed: false, code: "forbidden_role" });
    }
    expect(decideRole(supervisor, "reports.view").allowed).toBe(true);
    expect(decideRole(agent, "reports.view").allowed).toBe(false);
  });

  it("lets an agent see only its channels, and there its own and unassigned conversations", () => {
    expect(decideConversation(agent, "conversation.view", { channelId: CH_A, assigneeId: null }).allowed).toBe(true);
    expect(decideConversation(agent, "conversation.reply", { channelId: CH_A, assigneeId: agent.id }).allowed).toBe(true);
    expect(decideConversation(agent, "conversation.view", { channelId: CH_A, assigneeId: other.id })).toMatchObject({ allowed: false, code: "forbidden_conversation" });
    expect(decideConversation(agent, "conversation.view", { channelId: CH_B, assigneeId: null })).toMatchObject({ allowed: false, code: "forbidden_channel" });
    for (const boss of [admin, supervisor]) {
      expect(decideConversation(boss, "conversation.view", { channelId: CH_B, assigneeId: other.id }).allowed).toBe(true);
    }
  });

  it("lets an agent assign only to itself, and give back only its own", () => {
    const unassigned = { channelId: CH_A, assigneeId: null };
    expect(decideAssign(agent, unassigned, agent.id).allowed).toBe(true);
    expect(decideAssign(agent, unassigned, other.id)).toMatchObject({ allowed: false, code: "forbidden_assign" });
    expect(decideAssign(agent, { channelId: CH_A, assigneeId: agent.id }, null).allowed).toBe(true);
    expect(decideAssign(agent, { channelId: CH_A, assigneeId: other.id }, agent.id).allowed).toBe(false);
    expect(decideAssign(supervisor, { channelId: CH_A, assigneeId: other.id }, agent.id).allowed).toBe(true);
  });
});

describe("the event stream's filter", () => {
  const created = (channelId: string, assigneeId: string | null): InboxEvent => ({
    type: "message.created",
    channelId,
    conversationId: "c1",
    messageId: 1,
    direction: "inbound",
    at: "2026-11-29T00:00:00Z",
    conversationInboundCount: 1,
    channelInboundCount: 1,
    assigneeId,
  });

  it("carries only what the policy lets the agent see", () => {
    expect(visibleTo(agent, created(CH_A, null))).toBe(true);
    expect(visibleTo(agent, created(CH_A, agent.id))).toBe(true);
    expect(visibleTo(agent, created(CH_A, other.id))).toBe(false);
    expect(visibleTo(agent, created(CH_B, null))).toBe(false);
    expect(visibleTo(supervisor, created(CH_B, other.id))).toBe(true);
    expect(visibleTo(agent, { type: "channel.updated", channelId: CH_B, degraded: true, lastSyncedAt: null, lastSyncError: null })).toBe(false);
    expect(visibleTo(agent, { type: "channels.changed" })).toBe(true);
  });

  it("tells an agent that its conversation went to someone else, and nobody else in the channel", () => {
    const moved: InboxEvent = { type: "conversation.assigned", channelId: CH_A, conversationId: "c1", assigneeId: other.id, previousAssigneeId: agent.id };
    expect(visibleTo(agent, moved)).toBe(true);
    expect(visibleTo(other, moved)).toBe(true);
    expect(visibleTo({ id: "cy", role: "agent", channelIds: [CH_A] }, moved)).toBe(false);
  });

  it("sends events addressed to one agent to that agent only, whatever its role", () => {
    const read: InboxEvent = { type: "conversation.read", channelId: CH_A, conversationId: "c1", agentId: agent.id, readInboundCount: 1, channelReadInboundSum: 1 };
    expect(visibleTo(agent, read)).toBe(true);
    expect(visibleTo(admin, read)).toBe(false);
  });

  it("shows an agent's presence to supervisors, admins and the agent itself, never to other agents", () => {
    const away: InboxEvent = { type: "agent.presence", agentId: agent.id, presence: "away" };
    expect(visibleTo(agent, away)).toBe(true);
    expect(visibleTo(supervisor, away)).toBe(true);
    expect(visibleTo(admin, away)).toBe(true);
    expect(visibleTo(other, away)).toBe(false);
  });
});
