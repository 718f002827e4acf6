import postgres from "postgres";

/**
 * A fresh, empty database on the test PostgreSQL server (TEST_DATABASE_URL, set by `npm test`),
 * dropped again by the returned function.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set: run the suites through `npm test`");
  const name = `switchboard_t_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = postgres(base, { max: 1, onnotice: () => {} });
      try {
        // FORCE may not end a server process of another role still on the database (seen once
        // in a full run: "must be a member of the role whose process is being terminated");
        // such a process leaves in moments, so the drop is tried again for a few seconds.
        for (let attempt = 1; ; attempt++) {
          try {
            await again.unsafe(`drop database if exists ${name} with (force)`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== "42501" || attempt === 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        }
      } finally {
        await again.end();
      }
    },
  };
}
