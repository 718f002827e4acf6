import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import type { Runtime } from "@/lib/runtime/boot";
import { findAgentByEmail } from "./agents";
import { DUMMY_HASH, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

/** next-auth options, built per runtime because the signing secret lives in the config. */
export function buildAuthOptions({ db, config }: Pick<Runtime, "db" | "config">): NextAuthOptions {
  return {
    secret: config.authSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const agent = await findAgentByEmail(db, parsed.data.email);
          const ok = await verifyPassword(parsed.data.password, agent?.passwordHash ?? DUMMY_HASH);
          if (!agent || !ok || !agent.active) return null;
          return { id: agent.id, email: agent.email, name: agent.name, role: agent.role };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.role = (user as { role?: string }).role;
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.role = typeof token.role === "string" ? token.role : "agent";
        }
        return session;
      },
    },
  };
}
