import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-lg font-semibold text-gray-900">Page not found</h1>
      <p className="text-sm text-gray-600">There is nothing at this address. It may have moved or been removed.</p>
      <Link
        href="/inbox"
        className="inline-flex min-h-10 items-center rounded-lg bg-brand px-4 text-sm font-medium text-white hover:bg-brand-strong"
      >
        Go to the inbox
      </Link>
    </main>
  );
}
