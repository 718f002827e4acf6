import postgres from "postgres";
import { startApp, type RunningApp } from "./app-server";
import { createTestDatabase } from "./postgres";
import { signIn } from "./session";

export interface TeamApp {
  app: RunningApp;
  /** A connection of the test's own, to look at (or set up) what the app stored. */
  sql: postgres.Sql;
  /** Session cookies of the three demo people. */
  cookies: Record<"admin" | "supervisor" | "agent", string>;
  stop: () => Promise<void>;
}

/**
 * The built app on a fresh PostgreSQL database of its own, with the demo admin, supervisor and
 * agent signed in: what the team's integration tests start from.
 */
export async function startTeamApp(port: number): Promise<TeamApp> {
  const database = await createTestDatabase();
  const app = await startApp(port, { DATABASE_URL: database.url });
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  const cookies = {
    admin: await signIn(app.url, "admin@switchboard.test", "switchboard-admin"),
    supervisor: await signIn(app.url, "supervisor@switchboard.test", "switchboard-supervisor"),
    agent: await signIn(app.url, "agent@switchboard.test", "switchboard-agent"),
  };
  return {
    app,
    sql,
    cookies,
    stop: async () => {
      await sql.end();
      await app.stop();
      await database.drop();
    },
  };
}
