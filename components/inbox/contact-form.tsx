"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { ContactCardRequest, UploadResponse } from "@/lib/inbox/types";
import { ApiError, apiFetch } from "./api-fetch";
import { contactProblem } from "./composer-rules";
import type { OutgoingFile } from "./send-reply";
import { SubForm } from "./sub-form";

function Field({ label, value, onChange, type }: { label: string; value: string; onChange: (v: string) => void; type: string }) {
  const id = useId();
  return (
    <label htmlFor={id} className="flex min-w-36 flex-1 flex-col text-xs text-gray-700">
      {label}
      <input
        id={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="mt-0.5 min-h-10 rounded-md border border-gray-300 px-2 text-base"
      />
    </label>
  );
}

/** A contact card (vCard) built from a name and a phone or email, then sent as a file. */
export function ContactForm({ busy, onSend, onClose }: { busy: boolean; onSend: (file: OutgoingFile) => Promise<boolean>; onClose: () => void }) {
  const t = useTranslations("inbox.contactCard");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  async function submit() {
    const card: ContactCardRequest = { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}) };
    const found = contactProblem(card);
    setProblem(found);
    if (found) return;
    setCreating(true);
    try {
      const made = await apiFetch<UploadResponse>("/api/files/contact", { method: "POST", body: JSON.stringify(card) });
      if (await onSend({ kind: "stored", fileId: made.fileId, view: made.file })) onClose();
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : t("failed"));
    } finally {
      setCreating(false);
    }
  }

  return (
    <SubForm
      legend={t("legend")}
      sendLabel={t("send")}
      sendDisabled={busy || creating}
      problem={problem}
      onSend={() => void submit()}
      onClose={onClose}
    >
      <Field label={t("name")} value={name} onChange={setName} type="text" />
      <Field label={t("phone")} value={phone} onChange={setPhone} type="tel" />
      <Field label={t("email")} value={email} onChange={setEmail} type="email" />
    </SubForm>
  );
}
