"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signInFailureFromAnswer } from "@/lib/format/sign-in-errors";
import { DemoAccounts, type DemoAccount } from "./demo-accounts";

const inputClass =
  "min-h-11 w-full rounded-lg border border-gray-300 bg-surface px-3 text-base text-gray-900 focus:outline-2 focus:-outline-offset-1 focus:outline-brand";

type SignInAnswer = { redirectTo?: string; error?: { code?: string; message?: string } };

/**
 * A real POST form to /api/session: pressed before the scripts have run (a fast person, a
 * password manager's auto-submit, a slow phone), the browser posts it and the server answers
 * with a redirect, so the password never lands in a URL. Once the scripts run, the same form
 * posts JSON and shows the answer in place.
 */
export function LoginForm({
  callbackUrl,
  demoAccounts,
  initialError,
}: {
  callbackUrl: string;
  demoAccounts: readonly DemoAccount[];
  initialError: string | null;
}) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(credentials: { email: string; password: string }) {
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...credentials, callbackUrl }),
      });
      const answer = (await res.json().catch(() => ({}))) as SignInAnswer;
      if (!res.ok) {
        // The failures the page knows are worded in the agent's language; others as the API says.
        const failure = signInFailureFromAnswer(answer.error?.code, res.headers.get("retry-after"));
        setError(failure ? t(`errors.${failure.code}`, { seconds: failure.seconds }) : (answer.error?.message ?? t("errors.failed")));
        setPending(false);
        return;
      }
      // Stay "pending" while the inbox loads, so the button cannot be pressed twice.
      router.replace(answer.redirectTo ?? callbackUrl);
      router.refresh();
    } catch {
      setError(t("errors.failed"));
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        method="post"
        action="/api/session"
        onSubmit={(event) => {
          event.preventDefault();
          void submit({ email, password });
        }}
        className="flex flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-5 shadow-sm"
      >
        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        )}
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="login-email" className="text-sm font-medium text-gray-800">
            {t("form.email")}
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
            maxLength={320}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="login-password" className="text-sm font-medium text-gray-800">
            {t("form.password")}
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={72}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            className={inputClass}
          />
        </div>
        <Button type="submit" disabled={pending} size="lg" className="w-full">
          {pending ? t("form.pending") : t("form.submit")}
        </Button>
      </form>
      {demoAccounts.length > 0 && (
        <DemoAccounts
          accounts={demoAccounts}
          disabled={pending}
          onSignIn={(account) => {
            // Shown in the form too, so what is being signed in with is visible while it works.
            setEmail(account.email);
            setPassword(account.password);
            void submit(account);
          }}
        />
      )}
    </div>
  );
}
