"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DemoAccounts, type DemoAccount } from "./demo-accounts";

const WRONG_CREDENTIALS = "Wrong email or password.";
const GENERIC_FAILURE = "Could not sign in. Try again.";

function isCsrfRejection(url: string | null): boolean {
  return url !== null && url.includes("csrf=true");
}

const inputClass =
  "min-h-11 w-full rounded-lg border border-gray-300 bg-white px-3 text-base text-gray-900 focus:outline-2 focus:-outline-offset-1 focus:outline-brand";

export function LoginForm({ callbackUrl, demoAccounts }: { callbackUrl: string; demoAccounts: readonly DemoAccount[] }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const attempt = () => signIn("credentials", { email, password, redirect: false });
      let res = await attempt();
      // On a first visit, next-auth's session and CSRF requests can race to set the CSRF cookie;
      // the loser's token is refused with ok and no error, only `csrf=true` in the URL. By now
      // the cookie has settled, so one retry gets a matching token.
      if (res && !res.error && isCsrfRejection(res.url)) res = await attempt();
      if (!res || res.error || !res.ok || isCsrfRejection(res.url)) {
        setError(res?.status === 401 || res?.error === "CredentialsSignin" ? WRONG_CREDENTIALS : GENERIC_FAILURE);
        setPending(false);
        return;
      }
      // Stay "pending" while the inbox loads, so the button cannot be pressed twice.
      router.replace(callbackUrl || "/inbox");
      router.refresh();
    } catch {
      setError(GENERIC_FAILURE);
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="flex flex-col gap-4 rounded-xl border border-gray-200 bg-white p-5 shadow-sm"
      >
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        <div className="flex flex-col gap-1.5">
          <label htmlFor="login-email" className="text-sm font-medium text-gray-800">
            Email
          </label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="login-password" className="text-sm font-medium text-gray-800">
            Password
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            className={inputClass}
          />
        </div>
        <Button type="submit" disabled={pending} className="min-h-11 w-full">
          Sign in
        </Button>
      </form>
      {demoAccounts.length > 0 && (
        <DemoAccounts
          accounts={demoAccounts}
          onPick={(account) => {
            setEmail(account.email);
            setPassword(account.password);
            setError(null);
          }}
        />
      )}
    </div>
  );
}
