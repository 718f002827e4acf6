// `npm run bench:lighthouse -- [--runs 3] [--port 3540]`
// Lighthouse (issue 12 part 9) on the production build (run `npx next build` first), sandbox mode,
// a fresh DATA_DIR, 127.0.0.1: the sign-in page signed out, then /inbox signed in as the demo
// admin (the session cookie sent with every request). Lighthouse's default mobile profile
// (Moto G Power emulation, simulated slow 4G and 4x CPU slowdown), headless Chromium
// (/usr/bin/chromium). Prints the median of `--runs` scores per category, the audits that cost
// points, and whether Chromium finds the app installable (Lighthouse 12 dropped its PWA
// category: DevTools' own check, `Page.getInstallabilityErrors`, answers instead).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import { z } from "zod";
import { startApp } from "../../tests/support/app-server";
import { chromiumArgs, chromiumExecutable } from "../../tests/support/chromium";
import { signIn } from "../../tests/support/session";

const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, port: { type: "string", default: "3540" } } });
const opts = z.object({ runs: z.coerce.number().int().min(1).max(9), port: z.coerce.number().int().min(3540).max(3549) }).parse(values);

interface PageResult {
  scores: Record<string, number>;
  lost: Set<string>;
  metrics: Record<string, string>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; score: number | null; displayValue?: string }>;
}

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), "switchboard-lighthouse-"));
const cli = path.join(process.cwd(), "node_modules/lighthouse/cli/index.js");

/**
 * Lighthouse's own CLI in a plain Node process: it sends functions to the page as source text,
 * and tsx (which runs this script) would add helpers to them that the page does not have. The
 * session cookie goes in a file, not in the process list.
 */
async function audit(chromePort: number, url: string, cookie?: string): Promise<PageResult> {
  const headers = path.join(work, "headers.json");
  writeFileSync(headers, JSON.stringify(cookie ? { Cookie: cookie } : {}));
  const out = path.join(work, "report.json");
  await run(process.execPath, [cli, url, `--port=${chromePort}`, "--output=json", `--output-path=${out}`, "--quiet", `--only-categories=${CATEGORIES.join(",")}`, `--extra-headers=${headers}`], { maxBuffer: 64 * 2 ** 20 });
  const { categories, audits } = JSON.parse(readFileSync(out, "utf8")) as Lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
  const lost = new Set<string>();
  for (const c of CATEGORIES) {
    for (const ref of categories[c]?.auditRefs ?? []) {
      const a = audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) lost.add(`${c}: ${a.id} (${a.displayValue ?? a.score})`);
    }
  }
  const metrics = Object.fromEntries(["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [id, audits[id]?.displayValue ?? "?"]));
  return { scores, lost, metrics };
}

async function installabilityErrors(baseUrl: string): Promise<string[]> {
  // A profile on disk: Chromium never offers to install from an incognito (throwaway) context.
  const browser = await chromium.launchPersistentContext(path.join(work, "profile"), { executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login`);
    // Installability needs the service worker in control: wait until it is ready.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const cdp = await browser.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    return installabilityErrors.map((e) => e.errorId);
  } finally {
    await browser.close();
  }
}

async function main() {
  const app = await startApp(opts.port);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable, chromeFlags: ["--headless=new", ...chromiumArgs] });
  try {
    const cookie = await signIn(app.url, "admin@switchboard.test", "switchboard-admin");
    const pages = [
      { name: "/login (signed out)", url: `${app.url}/login`, cookie: undefined },
      { name: "/inbox (signed in)", url: `${app.url}/inbox`, cookie },
    ];
    // One run each first, uncounted: the server compiles nothing, but its caches and PGlite warm up.
    for (const p of pages) await audit(chrome.port, p.url, p.cookie);
    const lines = ["| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"];
    const lostAll: string[] = [];
    for (const p of pages) {
      const runs: PageResult[] = [];
      for (let i = 0; i < opts.runs; i++) runs.push(await audit(chrome.port, p.url, p.cookie));
      const score = (c: string) => median(runs.map((r) => r.scores[c]));
      const m = runs[runs.length - 1].metrics;
      lines.push(`| ${p.name} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${m["first-contentful-paint"]} | ${m["largest-contentful-paint"]} | ${m["total-blocking-time"]} | ${m["cumulative-layout-shift"]} |`);
      for (const r of runs) for (const l of r.lost) if (!lostAll.includes(`${p.name} ${l}`)) lostAll.push(`${p.name} ${l}`);
    }
    const errors = await installabilityErrors(app.url);
    const { version } = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/lighthouse/package.json"), "utf8")) as { version: string };
    console.log(`Lighthouse ${version}, mobile profile, median of ${opts.runs} runs:\n`);
    console.log(lines.join("\n"));
    console.log(`\nInstallable (Chromium's Page.getInstallabilityErrors on /login): ${errors.length === 0 ? "yes, no errors" : `NO: ${errors.join(", ")}`}`);
    console.log(lostAll.length ? `\nAudits that cost points:\n${lostAll.map((l) => `- ${l}`).join("\n")}` : "\nNo audit cost points.");
  } finally {
    chrome.kill();
    await app.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
