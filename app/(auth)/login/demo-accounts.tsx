"use client";

import { useTranslations } from "next-intl";

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  name: string;
}

/** Sandbox only: the seeded accounts, so anyone trying the app can sign in in one click. */
export function DemoAccounts({
  accounts,
  disabled,
  onSignIn,
}: {
  accounts: readonly DemoAccount[];
  disabled: boolean;
  onSignIn: (account: DemoAccount) => void;
}) {
  const t = useTranslations("auth.demo");
  return (
    <section aria-labelledby="demo-accounts-title" className="rounded-xl border border-amber-200 bg-amber-50 p-4">
      <h2 id="demo-accounts-title" className="text-sm font-semibold text-amber-950">
        {t("heading")}
      </h2>
      <p className="mt-1 text-xs text-amber-900">{t("intro")}</p>
      <ul className="mt-3 flex flex-col gap-2">
        {accounts.map((account) => (
          <li key={account.email} className="flex items-center gap-3 text-sm">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium text-gray-900">
                {account.name} <span className="font-normal text-gray-600">({t("role", { role: account.role })})</span>
              </p>
              <p className="break-all font-mono text-xs text-gray-700">{account.email}</p>
              <p className="break-all font-mono text-xs text-gray-700">
                <span className="sr-only">{t("passwordLabel")}</span>
                {account.password}
              </p>
            </div>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onSignIn(account)}
              className="shrink-0 rounded-md border border-amber-300 bg-surface px-2.5 py-1.5 text-xs font-medium text-amber-950 hover:bg-amber-100 disabled:opacity-60"
            >
              {t("signInAs", { name: account.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
