"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import type { ThemeChoice } from "@/lib/theme/choice";
import { useLive } from "./live-events-provider";
import { clearDrafts } from "./clear-drafts";

type Scope = "this-device" | "everywhere";
const SIGN_OUT_URL: Record<Scope, string> = { "this-device": "/api/session", everywhere: "/api/sessions" };

export interface AccountMenuAgent {
  name: string;
  email: string;
  role: string;
  theme: ThemeChoice;
  /** The agent's own language, or null for the browser's. */
  locale: Locale | null;
}

const ROLES = ["admin", "supervisor", "agent"] as const;

// Theme and language fields load on the menu's first opening (the inbox's first-load JS budget).
const AccountPreferences = lazy(() => import("./account-preferences"));

/**
 * "Account menu": who is signed in (name, role, email), the theme, Settings, "Sign out" (this
 * browser) and "Sign out everywhere" (every session). A disclosure, not an ARIA menu: it holds a
 * radio group, which a role="menu" may not. Escape or a click elsewhere closes it.
 */
export function AccountMenu({ agent }: { agent: AccountMenuAgent }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const live = useLive();
  const [open, setOpen] = useState(false);
  // Kept once opened: a choice being saved must not unmount when the menu closes.
  const [opened, setOpened] = useState(false);
  const [pending, setPending] = useState<Scope | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const t = useTranslations("common");
  const role = (ROLES as readonly string[]).includes(agent.role) ? t(`roles.${agent.role as (typeof ROLES)[number]}`) : agent.role;

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  async function signOut(scope: Scope) {
    setPending(scope);
    setError(null);
    // Loaded on sign-out only: the push subscription code stays out of the inbox's first load.
    await (await import("@/components/pwa/device")).forgetThisDevice();
    // The server ends the session (a copied cookie stops working); only then is it gone here.
    const res = await fetch(SIGN_OUT_URL[scope], { method: "DELETE" }).catch(() => null);
    if (!res || (!res.ok && res.status !== 401)) {
      setError(t("accountMenu.signOutFailed"));
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
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-label={t("accountMenu.label")}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
        className="flex min-h-9 items-center gap-2 rounded-md px-2 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand"
      >
        <span className="hidden min-w-0 text-right leading-tight sm:block" title={agent.email}>
          <span className="block max-w-40 truncate font-medium text-gray-900">{agent.name}</span>
          <span className="block truncate text-xs text-gray-600">{role}</span>
        </span>
        <span aria-hidden="true" className="inline-flex size-7 items-center justify-center rounded-full bg-gray-200 text-xs font-semibold text-gray-800">
          {agent.name.slice(0, 1).toUpperCase()}
        </span>
      </button>
      <div id={panelId} hidden={!open} className="absolute right-0 z-20 mt-1 w-64 flex-col gap-1 rounded-lg border border-gray-200 bg-surface p-2 shadow-lg [&:not([hidden])]:flex">
        <p className="px-2 py-1 text-sm">
          <span className="block truncate font-medium text-gray-900">{agent.name}</span>
          <span className="block truncate text-xs text-gray-600">
            {role} · {agent.email}
          </span>
        </p>
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-2 py-1 text-xs text-red-800">
            {error}
          </p>
        )}
        {opened && (
          <Suspense fallback={null}>
            <AccountPreferences theme={agent.theme} locale={agent.locale} />
          </Suspense>
        )}
        <Link href="/settings" className="flex min-h-9 items-center rounded-lg px-2 text-sm font-medium text-gray-700 hover:bg-gray-100">
          {t("accountMenu.settings")}
        </Link>
        <Button variant="ghost" size="sm" disabled={pending !== null} onClick={() => void signOut("this-device")}>
          {t("accountMenu.signOut")}
        </Button>
        <Button variant="ghost" size="sm" disabled={pending !== null} onClick={() => void signOut("everywhere")}>
          {t("accountMenu.signOutEverywhere")}
        </Button>
      </div>
    </div>
  );
}
