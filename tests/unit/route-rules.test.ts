import path from "node:path";
import { describe, expect, it } from "vitest";
import { ruleOf } from "@/lib/auth/route-rules";
import { listRouteFiles } from "../support/route-files";

/**
 * Every route file under app/ declares, for every method it exports, the rule the policy applies
 * (lib/auth/route-rules.ts). A handler written without the wrappers has none and fails here, so
 * a new route cannot ship unguarded by accident. What each rule lets through is checked by
 * tests/integration/authorization-matrix.test.ts.
 */
const root = path.resolve(__dirname, "../..");
const routes = listRouteFiles(root);

describe("every route declares a rule", () => {
  it("finds the route files", () => {
    expect(routes.length).toBeGreaterThan(15);
  });

  it.each(routes.map((r) => [r.file, r] as const))("%s", async (_file, route) => {
    const mod = (await import(path.join(root, route.file))) as Record<string, unknown>;
    expect(route.methods.length).toBeGreaterThan(0);
    for (const method of route.methods) {
      const rule = ruleOf(mod[method]);
      expect(rule, `${route.file} exports ${method} without a rule: wrap it in withAgent(rules.…) or withRequest(rules.public(…))`).toBeDefined();
      if (rule?.kind === "public") expect(rule.reason.length, `${route.file} ${method}: say why it is public`).toBeGreaterThan(10);
    }
  });
});
