// Which address `npm start` listens on. Sandbox mode (no Afilnet credentials) holds demo
// accounts whose passwords are published, so it stays on loopback unless a host is given.

const HOST_FLAGS = new Set(["-H", "--hostname"]);

/** True when the arguments name a host (`-H x`, `--hostname x`, `--hostname=x`). */
export function namesHost(args) {
  return args.some((arg) => HOST_FLAGS.has(arg) || arg.startsWith("--hostname="));
}

export function isSandbox(env) {
  const set = (name) => typeof env[name] === "string" && env[name].trim() !== "";
  return !(set("AFILNET_USER") && set("AFILNET_PASSWORD"));
}

/** The `next start` arguments, and the line to print about where it listens (or null). */
export function listenArgs(env, args) {
  if (!isSandbox(env) || namesHost(args)) return { args, notice: null };
  return {
    args: [...args, "-H", "127.0.0.1"],
    notice:
      "switchboard: sandbox mode: listening on 127.0.0.1 only (demo accounts with published passwords). To open it to other machines on purpose: npm start -- -H 0.0.0.0",
  };
}
