import { describe, expect, it } from "vitest";
import { events } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { assignConversation } from "./assignment";
import { listAssignees } from "./assignees";
import { sharedTeamFixture } from "./test-fixtures";

const fx = sharedTeamFixture();

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { status: e.status, code: e.code, message: e.message } : Promise.reject(e)),
  );

describe("assignConversation", { timeout: 30_000 }, () => {
  it("lets an agent take an unassigned conversation, audited and announced with the previous assignee", async () => {
    const c = await fx.addConversation("34600000001", new Date());
    const result = await assignConversation(fx.db, fx.ana, await fx.scopeOf(c.id), fx.ana.id);
    expect(result).toEqual({ conversationId: c.id, assigneeId: fx.ana.id, previousAssigneeId: null });
    expect((await fx.conversation(c.id)).assigneeId).toBe(fx.ana.id);
    const [entry] = await fx.audit("conversation.assigned", c.id);
    expect(entry).toMatchObject({ actorId: fx.ana.id, targetId: c.id, before: { assigneeId: null }, after: { assigneeId: fx.ana.id } });
    const published = (await fx.db.select().from(events)).map((e) => e.payload);
    expect(published).toContainEqual({ type: "conversation.assigned", channelId: fx.channel.id, conversationId: c.id, assigneeId: fx.ana.id, previousAssigneeId: null, assignedBy: fx.ana.id });
  });

  it("refuses an agent assigning someone else with 403 forbidden_assign, and changes nothing", async () => {
    const cy = await fx.addAgent("Cy", { member: true });
    const c = await fx.addConversation("34600000002", new Date());
    expect(await refusal(assignConversation(fx.db, fx.ana, await fx.scopeOf(c.id), cy.id))).toMatchObject({ status: 403, code: "forbidden_assign" });
    expect((await fx.conversation(c.id)).assigneeId).toBeNull();
    expect(await fx.audit("conversation.assigned", c.id)).toHaveLength(0);
  });

  it("refuses an assignee without access to the channel with 422 assignee_without_access naming them", async () => {
    const outsider = await fx.addAgent("Dee", { member: false });
    const c = await fx.addConversation("34600000003", new Date());
    const answer = await refusal(assignConversation(fx.db, fx.bo, await fx.scopeOf(c.id), outsider.id));
    expect(answer).toEqual({ status: 422, code: "assignee_without_access", message: "Dee has no access to this channel." });
    const inactive = await fx.addAgent("Eve", { member: true, active: false });
    expect(await refusal(assignConversation(fx.db, fx.bo, await fx.scopeOf(c.id), inactive.id))).toMatchObject({ code: "assignee_without_access" });
    expect((await fx.conversation(c.id)).assigneeId).toBeNull();
  });

  it("lets a supervisor assign a member and an agent give its own back", async () => {
    const c = await fx.addConversation("34600000004", new Date());
    await assignConversation(fx.db, fx.bo, await fx.scopeOf(c.id), fx.ana.id);
    await assignConversation(fx.db, fx.ana, await fx.scopeOf(c.id), null);
    expect((await fx.conversation(c.id)).assigneeId).toBeNull();
    expect((await fx.audit("conversation.assigned", c.id)).map((e) => e.after)).toEqual([{ assigneeId: fx.ana.id }, { assigneeId: null }]);
  });

  it("lets only one of two simultaneous 'Assign to me' win; the other gets 409", async () => {
    const cy = await fx.addAgent("Cy2", { member: true });
    const c = await fx.addConversation("34600000005", new Date());
    // Both decided on the same read (as two requests do), then both write.
    const [seenByAna, seenByCy] = [await fx.scopeOf(c.id), await fx.scopeOf(c.id)];
    const answers = await Promise.all([
      refusal(assignConversation(fx.db, fx.ana, seenByAna, fx.ana.id)),
      refusal(assignConversation(fx.db, cy, seenByCy, cy.id)),
    ]);
    expect(answers.filter((a) => a === null)).toHaveLength(1);
    expect(answers.find((a) => a !== null)).toEqual({ status: 409, code: "assignment_conflict", message: "Someone else took this conversation." });
    expect(await fx.audit("conversation.assigned", c.id)).toHaveLength(1);
  });
});

describe("listAssignees", { timeout: 30_000 }, () => {
  it("offers a supervisor every active agent who may own the conversation, and an agent only itself", async () => {
    await fx.addAgent("Fay", { member: true, online: true });
    await fx.addAgent("Gus", { member: true, online: true, away: true });
    const c = await fx.addConversation("34600000006", new Date());
    const scope = await fx.scopeOf(c.id);
    const forBo = await listAssignees(fx.db, fx.bo, scope);
    expect(forBo.map((a) => [a.name, a.presence])).toEqual([["Ana", "offline"], ["Bo", "offline"], ["Cy", "offline"], ["Cy2", "offline"], ["Fay", "online"], ["Gus", "away"]]);
    expect((await listAssignees(fx.db, fx.ana, scope)).map((a) => a.name)).toEqual(["Ana"]);
  });
});
