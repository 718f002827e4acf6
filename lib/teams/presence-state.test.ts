import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agents } from "@/lib/db/schema";
import { AWAY_AFTER_SECONDS, OFFLINE_AFTER_SECONDS, presenceOf, presenceSql, type Presence, type PresenceFacts } from "./presence-state";
import { rowsOf } from "@/lib/db/rows";
import { sharedTeamFixture } from "./test-fixtures";

const fx = sharedTeamFixture();

// Ages in seconds before "now" (null: never); a millisecond either side of each threshold.
const AGES = [null, 0, 59.999, OFFLINE_AFTER_SECONDS, 60.001, 299.999, AWAY_AFTER_SECONDS, 300.001, 3600];

describe("presenceOf and presenceSql", { timeout: 60_000 }, () => {
  it("agree on every boundary: offline at 60 s without a heartbeat, away at 300 s without input or when chosen", async () => {
    const cases: { facts: PresenceFacts; js: Presence; sql: Presence }[] = [];
    for (const seen of AGES) {
      for (const active of AGES) {
        for (const awayChosen of [false, true]) {
          // One transaction: now() is the same for the row written and the rule read.
          await fx.db.transaction(async (tx) => {
            const [{ now }] = rowsOf<{ now: Date | string }>(await tx.execute(sql`select now() as now`));
            const at = new Date(now);
            const ago = (s: number | null) => (s === null ? null : new Date(at.getTime() - s * 1000));
            const facts = { lastSeenAt: ago(seen), lastActiveAt: ago(active), awayChosen };
            await tx.update(agents).set(facts).where(eq(agents.id, fx.ana.id));
            const [row] = await tx.select({ presence: presenceSql }).from(agents).where(eq(agents.id, fx.ana.id));
            cases.push({ facts, js: presenceOf(facts, at), sql: row.presence });
          });
        }
      }
    }
    expect(cases.filter((c) => c.js !== c.sql)).toEqual([]);
    // And the rule is the one the issue states, at the edges.
    const at = new Date();
    const ago = (s: number) => new Date(at.getTime() - s * 1000);
    expect(presenceOf({ lastSeenAt: ago(59.999), lastActiveAt: ago(299.999), awayChosen: false }, at)).toBe("online");
    expect(presenceOf({ lastSeenAt: ago(59.999), lastActiveAt: ago(300), awayChosen: false }, at)).toBe("away");
    expect(presenceOf({ lastSeenAt: ago(0), lastActiveAt: ago(0), awayChosen: true }, at)).toBe("away");
    expect(presenceOf({ lastSeenAt: ago(60), lastActiveAt: ago(0), awayChosen: false }, at)).toBe("offline");
    expect(new Set(cases.map((c) => c.sql))).toEqual(new Set(["online", "away", "offline"]));
  });
});
