import { cx } from "./cx";

export function EmptyState({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <div className={cx("flex flex-1 items-center justify-center p-6 text-center text-sm text-gray-500", className)}>
      <p>{children}</p>
    </div>
  );
}
