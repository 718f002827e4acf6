"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const ALL = [
  { href: "/settings/profile", label: "profile", admin: false },
  { href: "/settings/notifications", label: "notifications", admin: false },
  { href: "/settings/agents", label: "agents", admin: true },
  { href: "/settings/channels", label: "channels", admin: true },
  { href: "/settings/labels", label: "labels", admin: true },
  { href: "/settings/canned-replies", label: "cannedReplies", admin: true },
  { href: "/settings/reports", label: "reports", admin: true },
  { href: "/settings/audit", label: "audit", admin: true },
] as const;

/** Admins see every settings page; everyone else only their profile and notifications. */
export function SettingsNav({ admin }: { admin: boolean }) {
  const t = useTranslations("settings.nav");
  const path = usePathname();
  return (
    <nav aria-label={t("label")} className="shrink-0 md:w-48">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {ALL.filter((item) => admin || !item.admin).map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={path === item.href ? "page" : undefined}
              className={cn("block whitespace-nowrap rounded-lg px-3 py-2 text-sm", path === item.href ? "bg-brand-light font-medium text-brand-dark" : "text-gray-700 hover:bg-gray-100")}
            >
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
