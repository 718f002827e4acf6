import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContactSimulator } from "./_components/contact-simulator";
import { SimulatorProviders } from "./_components/simulator-providers";
import { sandboxEnabled } from "./_lib/guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sandbox"))("title") };
}

/** Anyone can play the customer here: the sandbox's stand-in for WhatsApp, Telegram and web chat. */
export default function ContactSimulatorPage() {
  if (!sandboxEnabled()) notFound();
  return (
    <SimulatorProviders>
      <ContactSimulator />
    </SimulatorProviders>
  );
}
