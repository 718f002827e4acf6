import Link from "next/link";

/** A whole-page answer instead of content (not found, not allowed): what happened, and the way back. */
export function StatusPage({ heading, text, toInbox }: { heading: string; text: string; toInbox: string }) {
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-lg font-semibold text-gray-900">{heading}</h1>
      <p className="text-sm text-gray-600">{text}</p>
      <Link
        href="/inbox"
        className="inline-flex min-h-10 items-center rounded-lg bg-brand px-4 text-sm font-medium text-white hover:bg-brand-strong"
      >
        {toInbox}
      </Link>
    </main>
  );
}
