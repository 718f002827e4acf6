import { useTranslations } from "next-intl";
import { Button } from "./button";

/** A failure a person can act on: what went wrong, in words, and a way to try again. */
export function ErrorState({
  title,
  message,
  onRetry,
  children,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  children?: React.ReactNode;
}) {
  const t = useTranslations("common.ui");
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
      <div role="alert" className="flex flex-col gap-1">
        <p className="font-medium text-gray-900">{title ?? t("errorTitle")}</p>
        <p className="text-sm text-gray-600">{message}</p>
      </div>
      <div className="flex flex-wrap items-center justify-center gap-2">
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t("tryAgain")}
          </Button>
        )}
        {children}
      </div>
    </div>
  );
}
