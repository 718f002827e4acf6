// `npm run check:js-budget`: the first-load JavaScript of /inbox, as a signed-in agent's browser
// receives it. Starts the production build (`next build` first) in sandbox mode on a fresh data
// folder, signs in as the demo admin, loads /inbox in Chromium and gzips (level 9) every script
// the page loads, chunks fetched after hydration included, until the network has been quiet.
// Prints a table and exits 1 above the budget. Issue 12 measured 228 KB before the work on it.
import { gzipSync } from "node:zlib";
import { chromium, type Request } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { startApp } from "../tests/support/app-server";
import { chromiumArgs, chromiumExecutable } from "../tests/support/chromium";
import { signIn } from "../tests/support/session";

/** Issue 12: first-load JavaScript of /inbox at most 170 KB gzipped (a mid-range phone on 4G). */
export const JS_BUDGET_BYTES = 170 * 1024;
const PORT = Number(process.env.JS_BUDGET_PORT ?? 3195);
const PAGE = process.env.JS_BUDGET_PATH ?? "/inbox";
/** How long the network must stay quiet (the event stream aside) before the count is taken. */
const QUIET_MS = 1_500;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function measure(url: string, cookies: string): Promise<{ url: string; raw: number; gzip: number }[]> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const context = await browser.newContext({ baseURL: url });
    await context.addCookies(
      cookies.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url };
      }),
    );
    const page = await context.newPage();
    const scripts = new Map<string, Promise<{ url: string; raw: number; gzip: number }>>();
    const pending = new Set<Request>();
    let lastActivity = Date.now();
    // The event stream stays open for as long as the page does: it is not "loading".
    const counts = (r: Request) => !new URL(r.url()).pathname.startsWith("/api/events");
    page.on("request", (r) => {
      if (!counts(r)) return;
      pending.add(r);
      lastActivity = Date.now();
    });
    const settle = (r: Request) => {
      pending.delete(r);
      lastActivity = Date.now();
    };
    page.on("requestfinished", settle);
    page.on("requestfailed", settle);
    page.on("response", (res) => {
      if (res.request().resourceType() !== "script" || scripts.has(res.url())) return;
      scripts.set(
        res.url(),
        res.body().then((body) => ({ url: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })),
      );
    });
    const response = await page.goto(PAGE, { waitUntil: "load" });
    if (!response?.ok() || new URL(page.url()).pathname !== PAGE) throw new Error(`${PAGE} did not load as a signed-in page (${response?.status()} at ${page.url()})`);
    while (pending.size > 0 || Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);
    return await Promise.all(scripts.values());
  } finally {
    await browser.close();
  }
}

async function main() {
  const app = await startApp(PORT);
  try {
    const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
    const rows = await measure(app.url, await signIn(app.url, admin.email, admin.password));
    rows.sort((a, b) => b.gzip - a.gzip);
    const total = rows.reduce((sum, r) => sum + r.gzip, 0);
    const width = Math.max(...rows.map((r) => r.url.length), 10);
    console.log(`First-load JavaScript of ${PAGE} (${rows.length} scripts, gzip -9):`);
    for (const r of rows) console.log(`  ${r.url.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}`);
    console.log(`  ${"total".padEnd(width)}  ${kb(rows.reduce((s, r) => s + r.raw, 0)).padStart(9)}  ${kb(total).padStart(9)}`);
    if (total > JS_BUDGET_BYTES) {
      console.error(`\nOver budget: ${kb(total)} gzipped > ${kb(JS_BUDGET_BYTES)}.`);
      process.exitCode = 1;
    } else {
      console.log(`\nWithin budget: ${kb(total)} of ${kb(JS_BUDGET_BYTES)}.`);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
