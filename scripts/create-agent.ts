// `npm run agent:create -- --email a@b.c --name "A B" --role admin`: creates an agent in the
// configured database (stop the app first when it uses the embedded one: PGlite has one owner).
// The password comes from AGENT_PASSWORD or is asked for without echo.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { getConfig } from "@/lib/config";
import { openDatabase } from "@/lib/db/client";
import { createAgent, newAgentSchema } from "@/lib/auth/agents";

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("set AGENT_PASSWORD (no terminal to ask the password on)");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write("Password (8+ characters): ");
  out._writeToOutput = () => {};
  const password = await rl.question("");
  rl.close();
  process.stdout.write("\n");
  return password;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "agent" } },
  });
  const password = process.env.AGENT_PASSWORD || (await askPassword());
  const parsed = newAgentSchema.safeParse({ email: values.email, name: values.name ?? values.email, role: values.role, password });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`--${String(issue.path[0])} ${issue.message}`);
  }
  const { db, close } = await openDatabase(getConfig().database);
  try {
    const created = await createAgent(db, parsed.data);
    console.log(created ? `created ${parsed.data.role} ${parsed.data.email}` : `${parsed.data.email} exists already: nothing changed`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(`agent:create: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
