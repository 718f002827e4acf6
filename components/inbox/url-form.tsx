"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { FileType } from "@/lib/inbox/types";
import type { OutgoingFile } from "./send-reply";
import { enterSends } from "./sub-form-keys";

const TYPES: { value: FileType; label: string }[] = [
  { value: "image", label: "Image" },
  { value: "video", label: "Video" },
  { value: "audio", label: "Audio" },
  { value: "document", label: "Document" },
];

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

  async function submit() {
    // Enter reaches here even while the button is disabled.
    if (busy) return;
    if (!isHttpAddress(url.trim())) {
      setProblem("Enter a full http:// or https:// address.");
      return;
    }
    setProblem(null);
    if (await onSend({ kind: "url", fileUrl: url.trim(), fileType: type })) {
      setUrl("");
      onClose();
    }
  }

  return (
    <fieldset onKeyDown={enterSends(() => void submit())} className="mb-2 flex flex-wrap items-end gap-2 rounded-lg border border-gray-200 p-2">
      <legend className="px-1 text-xs font-medium text-gray-600">Send a file by URL</legend>
      <label htmlFor={urlId} className="flex min-w-48 flex-1 flex-col text-xs text-gray-700">
        File URL
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
        File type
        <select
          id={typeId}
          value={type}
          onChange={(event) => setType(event.target.value as FileType)}
          className="mt-0.5 min-h-10 rounded-md border border-gray-300 px-2 text-base"
        >
          {TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <Button onClick={() => void submit()} disabled={busy}>
        Send by URL
      </Button>
      <Button variant="ghost" onClick={onClose}>
        Close
      </Button>
      {problem && (
        <p role="alert" className="w-full text-sm text-red-700">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
