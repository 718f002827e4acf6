/**
 * Demo accounts seeded in sandbox mode only, when no agent exists yet. They are public on
 * purpose: the README and the sandbox sign-in page show them.
 */
export const DEMO_ACCOUNTS = [
  { email: "admin@switchboard.test", password: "switchboard-admin", role: "admin", name: "Ada Admin" },
  { email: "supervisor@switchboard.test", password: "switchboard-supervisor", role: "supervisor", name: "Sam Supervisor" },
  { email: "agent@switchboard.test", password: "switchboard-agent", role: "agent", name: "Alex Agent" },
] as const satisfies readonly { email: string; password: string; role: "admin" | "supervisor" | "agent"; name: string }[];

/**
 * The one demo channel the demo agent is not a member of (the sandbox's "Telegram Bot"), so the
 * access rules show from the first start: the agent sees two channels, the supervisor three.
 */
export const DEMO_CHANNEL_WITHOUT_AGENT = { platform: "telegram", platformId: "7000000001" } as const;
