import { describe, expect, it } from "vitest";
import { runChaos } from "../../scripts/bench/chaos-run";

// A reduced `npm run bench:chaos`: the same faults, fewer replies, one kill -9.
describe("replies under provider faults and a crash", () => {
  it("delivers every reply exactly once, in each chat's order", async () => {
    const result = await runChaos({ replies: 60, conversations: 20, restarts: 1, appPort: 3175, providerPort: 3176, drainTimeoutMs: 120_000, log: () => {} });
    console.log(`chaos (CI size): ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, notSent: 0 });
  }, 240_000);
});
