import { BackLink } from "./back-link";

export function PaneHeader({
  title,
  titleId,
  subtitle,
  backHref,
  heading = true,
  actions,
}: {
  title: React.ReactNode;
  titleId?: string;
  subtitle?: React.ReactNode;
  backHref?: string;
  /** List panes are named landmarks already; only the open conversation gets a heading. */
  heading?: boolean;
  /** Buttons at the end of the header. */
  actions?: React.ReactNode;
}) {
  const Title = heading ? "h2" : "p";
  return (
    <div className="flex min-h-14 shrink-0 items-center gap-2 border-b border-gray-200 px-3">
      {backHref && <BackLink href={backHref} />}
      <div className="min-w-0 flex-1">
        <Title id={titleId} className="truncate text-base font-semibold text-gray-900">
          {title}
        </Title>
        {subtitle && <p className="truncate text-xs text-gray-500">{subtitle}</p>}
      </div>
      {actions}
    </div>
  );
}
