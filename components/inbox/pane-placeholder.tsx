import { cn } from "@/components/ui/cn";

/** What an empty desktop pane says; phones never show it (they show the list instead). */
export function PanePlaceholder({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("hidden flex-1 items-center justify-center bg-gray-50 p-6 text-center text-sm text-gray-500 md:flex", className)}>
      <p>{children}</p>
    </div>
  );
}
