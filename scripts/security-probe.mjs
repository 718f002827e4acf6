#!/usr/bin/env node
// Checks a running Switchboard for each finding of the security review and prints one line per
// check. Exit code 1 when any fails.
//   npm run probe:security -- http://127.0.0.1:3000 [--email agent@… --password …]
// Without --email it signs in with the sandbox's demo agent. It makes about 40 requests
// (6 failed sign-ins from this address, 16 MB and 5 MB bodies) and opens a few event streams.
import { parseArgs } from "node:util";
import { client } from "./probe/http.mjs";
import { checks } from "./probe/checks.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string", default: "agent@switchboard.test" }, password: { type: "string", default: "switchboard-agent" } },
});
const base = positionals[0] ?? "http://127.0.0.1:3000";
const http = client(base);
const account = { email: values.email, password: values.password };

async function context() {
  const health = await (await http.request("/api/health")).json();
  const cookie = await http.signIn(account.email, account.password);
  const { channels } = await (await http.request("/api/channels", { cookie })).json();
  for (const channel of channels) {
    const list = await (await http.request(`/api/channels/${channel.id}/conversations`, { cookie })).json();
    if (list.conversations?.[0]) return { http, account, cookie, mode: health.mode, channel: channel.id, conversation: list.conversations[0].id };
  }
  throw new Error("the probe's agent sees no conversation to write to");
}

const ctx = await context();
let failed = 0;
for (const check of checks) {
  try {
    const note = await check.run(ctx);
    console.log(`PASS  ${check.finding}${note ? ` (${note})` : ""}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${check.finding}: ${error instanceof Error ? error.message : error}`);
  }
}
await http.request("/api/session", { method: "DELETE", cookie: ctx.cookie });
console.log(`\nsecurity probe of ${base}: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
