import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunningApp {
  url: string;
  dataDir: string;
  /** The server process (`next start` serves in this process), e.g. to read its memory in /proc. */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
  /** Sends `signal` (SIGKILL: dies without any cleanup) and waits for the process to end. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

const root = path.resolve(__dirname, "../..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

// Variables of the configuration contract: a test app starts from none of the caller's.
const CONTRACT = /^(AFILNET_|VAPID_|DATABASE_URL$|DATA_DIR$|PORT$|PUBLIC_URL$|AUTH_SECRET$|ADMIN_|SYNC_INTERVAL_MS$|SYNC_MAX_REQUESTS_PER_SECOND$|FILE_LIMITS_MB$|NEXTAUTH_)/;

function spawnApp(port: number, env: Record<string, string>, reuseDir?: string) {
  const dataDir = reuseDir ?? mkdtempSync(path.join(tmpdir(), "switchboard-test-"));
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !CONTRACT.test(k)));
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...baseEnv, NODE_ENV: "production", DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return { child, dataDir, output: () => output };
}

/**
 * Starts the production build (`next build` must have run) on 127.0.0.1 with a fresh DATA_DIR,
 * or with `options.dataDir` (the caller's, never removed here: an app restarted on it finds
 * what the killed one left).
 */
export async function startApp(port: number, env: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<RunningApp> {
  const { child, dataDir, output: read } = spawnApp(port, env, options.dataDir);
  const removeData = () => {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, read);
  return {
    url,
    dataDir,
    pid: child.pid!,
    output: read,
    stop: async () => {
      await stopProcess(child);
      removeData();
    },
    kill: async (signal) => {
      await stopProcess(child, signal);
      removeData();
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopProcess(child);
  throw new Error(`app did not become healthy in time:\n${output()}`);
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Starts the app expecting it to refuse to start; resolves with its exit code and output. */
export async function startAppExpectingExit(port: number, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, dataDir, output: read } = spawnApp(port, env);
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  clearTimeout(timer);
  rmSync(dataDir, { recursive: true, force: true });
  return { code, output: read() };
}
