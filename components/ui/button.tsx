import type { ComponentProps } from "react";
import { cx } from "./cx";

type Variant = "primary" | "secondary" | "ghost" | "danger";
type Size = "md" | "sm" | "xs" | "tiny" | "lg";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong disabled:bg-brand/60",
  secondary: "border border-gray-300 bg-surface text-gray-800 hover:bg-gray-50 disabled:text-gray-400",
  ghost: "text-gray-700 hover:bg-gray-100 disabled:text-gray-400",
  danger: "text-red-700 hover:bg-red-50 disabled:text-gray-400",
};

// Sizes are props, not class overrides: the button's classes never conflict with a caller's,
// so plain joining is enough (see cx) and callers add only layout (self-start, w-full).
const SIZES: Record<Size, string> = {
  lg: "min-h-11 px-4 text-sm",
  md: "min-h-10 px-4 text-sm",
  sm: "min-h-9 px-3 text-sm",
  xs: "min-h-8 px-3 text-sm",
  tiny: "min-h-8 px-3 text-xs",
};

export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant; size?: Size }) {
  return (
    <button
      type={type}
      className={cx(
        "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed",
        SIZES[size],
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
