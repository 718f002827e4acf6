"use client";

// Last resort when the root layout itself fails: a plain page with a way out, never a stack.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", color: "#111827" }}>
        <h1 style={{ fontSize: "1.25rem", fontWeight: 600 }}>Switchboard could not load this page</h1>
        <p>Something went wrong on our side. Your messages are safe.</p>
        <button type="button" onClick={() => reset()} style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
