import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-server";
import { signIn } from "../support/session";

/**
 * The theme over real HTTP: kept per agent, so a second session (another device) gets it in its
 * very first HTML (no flash of the wrong theme), and bad input answers 422 JSON naming the field.
 */

let app: RunningApp;

beforeAll(async () => {
  app = await startApp(3541);
});
afterAll(async () => app?.stop());

const putTheme = (cookie: string, body: unknown) =>
  fetch(`${app.url}/api/profile/theme`, {
    method: "PUT",
    headers: { cookie, origin: app.url, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The opening <html> tag of a page as the server sends it. */
async function htmlTag(path: string, cookie = ""): Promise<string> {
  const res = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });
  expect(res.status).toBe(200);
  return /<html[^>]*>/.exec(await res.text())?.[0] ?? "";
}

describe("theme", () => {
  it("is kept for the agent: another device's first HTML already carries it", async () => {
    const laptop = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
    expect(await htmlTag("/inbox", laptop)).toContain('data-theme="system"');

    const res = await putTheme(laptop, { theme: "dark" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ theme: "dark" });

    const phone = await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor");
    const tag = await htmlTag("/inbox", phone);
    expect(tag).toContain('class="dark"');
    expect(tag).toContain('data-theme="dark"');

    expect((await putTheme(phone, { theme: "light" })).status).toBe(200);
    const light = await htmlTag("/settings/profile", laptop);
    expect(light).toContain('data-theme="light"');
    expect(light).not.toContain("dark");
  });

  it("leaves signed-out pages to the device's setting", async () => {
    expect(await htmlTag("/login")).toContain('data-theme="system"');
  });

  it("refuses an unknown theme with 422 naming the field, an oversized body with 413, and a visitor with 401", async () => {
    const cookie = await signIn(app.url, "agent@switchboard.test", "switchboard-agent");
    for (const body of [{ theme: "sepia" }, {}, { theme: 42 }]) {
      const res = await putTheme(cookie, body);
      expect(res.status).toBe(422);
      const answer = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(answer.error.code).toBe("invalid_input");
      expect(answer.error.fields.theme).toBe("Choose System, Light or Dark.");
    }
    const huge = await putTheme(cookie, { theme: "dark".repeat(100) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect((await putTheme("", { theme: "dark" })).status).toBe(401);
  });
});
