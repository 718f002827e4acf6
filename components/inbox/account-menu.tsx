"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useLive } from "./live-events-provider";
import { clearDrafts } from "./clear-drafts";

const ROLE_LABELS: Record<string, string> = { admin: "Admin", supervisor: "Supervisor", agent: "Agent" };

type Scope = "this-device" | "everywhere";
const SIGN_OUT_URL: Record<Scope, string> = { "this-device": "/api/session", everywhere: "/api/sessions" };

/** The signed-in agent, "Sign out" (this browser) and "Sign out everywhere" (every session). */
export function AccountMenu({ agent }: { agent: { name: string; email: string; role: string } }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const live = useLive();
  const [pending, setPending] = useState<Scope | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function signOut(scope: Scope) {
    setPending(scope);
    setError(null);
    // The server ends the session (a copied cookie stops working); only then is it gone here.
    const res = await fetch(SIGN_OUT_URL[scope], { method: "DELETE" }).catch(() => null);
    if (!res || (!res.ok && res.status !== 401)) {
      setError("Could not sign out. Check the connection and try again.");
      setPending(null);
      return;
    }
    // First, so the stream neither reconnects without a session nor patches a cleared cache.
    live.close();
    // Customer conversations must not stay in memory on a shared computer.
    queryClient.clear();
    clearDrafts();
    router.replace("/login");
    router.refresh();
  }

  return (
    <details className="relative">
      <summary className="flex min-h-9 cursor-pointer list-none items-center gap-2 rounded-md px-2 text-sm hover:bg-gray-100" aria-label="Account">
        <span className="hidden min-w-0 text-right leading-tight sm:block" title={agent.email}>
          <span className="block max-w-40 truncate font-medium text-gray-900">{agent.name}</span>
          <span className="block truncate text-xs text-gray-500">{ROLE_LABELS[agent.role] ?? agent.role}</span>
        </span>
        <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-full bg-gray-200 text-xs font-semibold text-gray-800">
          {agent.name.slice(0, 1).toUpperCase()}
        </span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex w-64 flex-col gap-1 rounded-lg border border-gray-200 bg-white p-2 shadow-lg">
        <p className="px-2 py-1 text-sm">
          <span className="block truncate font-medium text-gray-900">{agent.name}</span>
          <span className="block truncate text-xs text-gray-500">{agent.email}</span>
        </p>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
            {error}
          </p>
        )}
        <Link href="/settings" className="flex min-h-9 items-center rounded-lg px-2 text-sm font-medium text-gray-700 hover:bg-gray-100">
          Settings
        </Link>
        <Button variant="ghost" className="min-h-9 px-2" disabled={pending !== null} onClick={() => void signOut("this-device")}>
          Sign out
        </Button>
        <Button variant="ghost" className="min-h-9 px-2" disabled={pending !== null} onClick={() => void signOut("everywhere")}>
          Sign out everywhere
        </Button>
      </div>
    </details>
  );
}
