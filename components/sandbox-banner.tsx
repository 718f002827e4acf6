import Link from "next/link";

/** Shown on every page in sandbox mode so nobody mistakes demo data for real customers. */
export function SandboxBanner() {
  return (
    <div
      role="region"
      aria-label="Sandbox mode"
      className="shrink-0 bg-amber-100 px-3 py-1.5 text-center text-xs text-amber-950 sm:text-sm"
    >
      <strong className="font-semibold">Sandbox</strong>
      <span> · demo data, no real customers · </span>
      <Link href="/sandbox" className="font-medium underline underline-offset-2 hover:text-amber-800">
        Contact simulator
      </Link>
    </div>
  );
}
