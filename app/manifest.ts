import type { MetadataRoute } from "next";

// Static: nothing here depends on the environment, so Next serves it as a built file.
export const dynamic = "force-static";

/** What browsers need to install Switchboard as an app (Android, desktop, iOS's home screen). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/inbox",
    name: "Switchboard",
    short_name: "Switchboard",
    description: "A shared inbox for WhatsApp, Telegram and web chat conversations.",
    start_url: "/inbox",
    scope: "/",
    display: "standalone",
    theme_color: "#2563eb",
    background_color: "#ffffff",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
