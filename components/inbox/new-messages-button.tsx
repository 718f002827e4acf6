import { useTranslations } from "next-intl";

/** Shown when messages arrived below while the agent was reading further up. */
export function NewMessagesButton({ onClick }: { onClick: () => void }) {
  const t = useTranslations("thread.list");
  return (
    <div className="pointer-events-none absolute inset-x-0 bottom-3 flex justify-center">
      <button
        type="button"
        onClick={onClick}
        className="pointer-events-auto rounded-full bg-brand px-4 py-1.5 text-sm font-medium text-white shadow-md hover:bg-brand-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
      >
        {t("newMessages")} <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
