import { redirect } from "next/navigation";
import { getSessionAgent } from "@/lib/auth/session";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { getConfig } from "@/lib/config";
import { safeCallbackPath } from "@/lib/format/safe-path";
import { getTranslations } from "next-intl/server";
import { signInFailureFromQuery } from "@/lib/format/sign-in-errors";
import { LoginForm } from "./login-form";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl, error, retry } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getSessionAgent()) redirect(target);
  // Demo credentials are public, but only meaningful (and only shown) in sandbox mode.
  const demo = getConfig().mode === "sandbox" ? DEMO_ACCOUNTS : [];
  const t = await getTranslations("auth");
  const failure = signInFailureFromQuery(error, retry);

  return (
    <main className="flex flex-1 flex-col items-center justify-center px-4 py-8">
      <div className="flex w-full max-w-sm flex-col gap-6">
        <div className="flex flex-col items-center gap-2 text-center">
          <span aria-hidden="true" className="inline-flex size-10 items-center justify-center rounded-xl bg-brand text-lg font-semibold text-white">
            S
          </span>
          <h1 className="text-xl font-semibold text-gray-900">{t("page.heading")}</h1>
        </div>
        <LoginForm callbackUrl={target} demoAccounts={demo} initialError={failure && t(`errors.${failure.code}`, { seconds: failure.seconds })} />
      </div>
    </main>
  );
}
