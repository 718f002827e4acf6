"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const ALL = [
  { href: "/settings/profile", label: "Profile", admin: false },
  { href: "/settings/notifications", label: "Notifications", admin: false },
  { href: "/settings/agents", label: "Agents", admin: true },
  { href: "/settings/channels", label: "Channels", admin: true },
  { href: "/settings/labels", label: "Labels", admin: true },
  { href: "/settings/canned-replies", label: "Canned replies", admin: true },
  { href: "/settings/audit", label: "Audit log", admin: true },
];

/** Admins see every settings page; everyone else only their profile and notifications. */
export function SettingsNav({ admin }: { admin: boolean }) {
  const path = usePathname();
  return (
    <nav aria-label="Settings" className="shrink-0 md:w-48">
      <ul className="flex gap-1 overflow-x-auto md:flex-col">
        {ALL.filter((item) => admin || !item.admin).map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={path === item.href ? "page" : undefined}
              className={cn("block whitespace-nowrap rounded-lg px-3 py-2 text-sm", path === item.href ? "bg-brand-light font-medium text-brand-dark" : "text-gray-700 hover:bg-gray-100")}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
