#!/usr/bin/env node
// `npm start`: builds once when no production build exists, then serves it on $PORT (default
// 3000). Extra arguments go to `next start`, e.g. `npm start -- -H 0.0.0.0`. Sandbox mode
// listens on loopback only unless a host is given.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { listenArgs } from "./start-args.mjs";

const root = path.resolve(import.meta.dirname, "..");
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("switchboard: no production build yet, building (takes a minute or two)…");
  const build = spawnSync(process.execPath, [next, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || "3000";
const { args, notice } = listenArgs(process.env, process.argv.slice(2));
if (notice) console.log(notice);
const server = spawn(process.execPath, [next, "start", "-p", port, ...args], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
