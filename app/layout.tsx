import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Providers } from "@/components/providers";
import { ServiceWorkerRegistration } from "@/components/pwa/service-worker-registration";
import { SandboxBanner } from "@/components/sandbox-banner";
import { getSessionAgent } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { isDevelopment } from "@/lib/config/env";
import { htmlThemeAttributes } from "@/lib/theme/choice";
import "./globals.css";

// The mode comes from the environment at run time; reading it at build time would bake it in.
// Rendering per request is also what lets Next put proxy.ts's CSP nonce on its scripts: a page
// prerendered at build time has scripts without one, which the policy blocks.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Switchboard",
    // In the page's language: it is what a search result or a shared link shows under the name.
    description: (await getTranslations("common.meta"))("description"),
    ...staticMetadata,
  };
}

const staticMetadata: Metadata = {
  // iOS ignores the manifest's icons and needs this to open from the home screen as an app.
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { capable: true, title: "Switchboard", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  // Lets the composer sit above the on-screen keyboard instead of behind it.
  interactiveWidget: "resizes-content",
  // Edge to edge on phones with a notch or a home bar; the body keeps its content in the safe area.
  viewportFit: "cover",
  themeColor: "#2563eb",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { mode } = getConfig();
  // The signed-in agent's theme is in the first HTML, so there is no light flash before a dark
  // page (the session read is cached per request: the inbox layout reuses it). "system", and
  // every signed-out page, is decided by CSS alone from the device's setting: no script needed.
  const theme = (await getSessionAgent())?.theme ?? "system";
  // The agent's language (else the browser's), from lib/i18n/request.ts: screen readers and
  // hyphenation follow `lang`, and the client components get the same catalogs and time zone.
  const locale = await getLocale();
  return (
    <html lang={locale} {...htmlThemeAttributes(theme)}>
      <body className="flex h-dvh flex-col overflow-hidden pt-[env(safe-area-inset-top)] pr-[env(safe-area-inset-right)] pl-[env(safe-area-inset-left)]">
        <ServiceWorkerRegistration enabled={!isDevelopment()} />
        {mode === "sandbox" && <SandboxBanner />}
        <NextIntlClientProvider>
          <Providers>
            <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">{children}</div>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
