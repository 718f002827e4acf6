"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { FileType } from "@/lib/inbox/types";
import type { OutgoingFile } from "./send-reply";
import { SubForm } from "./sub-form";

const TYPES = ["image", "video", "audio", "document"] as const satisfies readonly FileType[];

/** Any address a browser would open over http(s); the server and the provider judge the rest. */
function isHttpAddress(value: string): boolean {
  try {
    const parsed = new URL(value);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

/** A file the provider fetches from elsewhere; the composer's text is its caption. */
export function UrlForm({ busy, onSend, onClose }: { busy: boolean; onSend: (file: OutgoingFile) => Promise<boolean>; onClose: () => void }) {
  const [url, setUrl] = useState("");
  const [type, setType] = useState<FileType>("image");
  const [problem, setProblem] = useState<string | null>(null);
  const urlId = useId();
  const typeId = useId();
  const t = useTranslations("composer.urlForm");
  const problems = useTranslations("composer.problem");

  async function submit() {
    if (!isHttpAddress(url.trim())) {
      setProblem(problems("badUrl"));
      return;
    }
    setProblem(null);
    if (await onSend({ kind: "url", fileUrl: url.trim(), fileType: type })) {
      setUrl("");
      onClose();
    }
  }

  return (
    <SubForm legend={t("legend")} sendLabel={t("send")} sendDisabled={busy} problem={problem} onSend={() => void submit()} onClose={onClose}>
      <label htmlFor={urlId} className="flex min-w-48 flex-1 flex-col text-xs text-gray-700">
        {t("url")}
        <input
          id={urlId}
          type="url"
          inputMode="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://example.com/file.pdf"
          className="mt-0.5 min-h-10 rounded-md border border-gray-300 px-2 text-base"
        />
      </label>
      <label htmlFor={typeId} className="flex flex-col text-xs text-gray-700">
        {t("type")}
        <select
          id={typeId}
          value={type}
          onChange={(event) => setType(event.target.value as FileType)}
          className="mt-0.5 min-h-10 rounded-md border border-gray-300 px-2 text-base"
        >
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`types.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </SubForm>
  );
}
