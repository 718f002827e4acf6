"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { NOTE_MAX_LENGTH, REPLY_MAX_LENGTH } from "@/lib/inbox/types";
import { ApiError } from "./api-fetch";
import { attachmentProblem, firstFile } from "./attachment-rules";
import { AttachmentPreview, type Attached } from "./attachment-preview";
import { CannedList, useCannedPicker, useReplyVariables } from "./canned-picker";
import { COUNTER_THRESHOLD, captionProblem, isSendKey, replyProblem } from "./composer-rules";
import { ComposerTools, type ComposerPanel } from "./composer-tools";
import { ContactForm } from "./contact-form";
import { useFileLimits } from "./file-limits";
import { newAttempt, type OutgoingFile, type OutgoingReply, type SendAttempt } from "./send-reply";
import { NoteToggle } from "./note-toggle";
import { UrlForm } from "./url-form";
import { useSendReply } from "./use-outbox";
import { useSendNote } from "./use-team-queries";
import { useVoiceRecorder, voiceFileName } from "./use-voice-recorder";
import { RecordingBar } from "./voice-recorder";

const MAX_HEIGHT_PX = 160;

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : "Could not send. Try again.";
}

export function Composer({
  conversationId,
  onSent,
  attachRef,
}: {
  conversationId: string;
  onSent?: () => void;
  /** Set to this composer's attach function, so a file dropped on the thread lands here. */
  attachRef?: React.RefObject<((file: File) => void) | null>;
}) {
  const [text, setText] = useState("");
  const [attached, setAttached] = useState<Attached | null>(null);
  const [panel, setPanel] = useState<ComposerPanel>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Note mode: the text becomes an internal note (team only, never sent to the contact).
  const [noteMode, setNoteMode] = useState(false);
  const outbox = useSendReply(conversationId);
  const note = useSendNote(conversationId);
  const picker = useCannedPicker(text, useReplyVariables(conversationId));
  const fileLimits = useFileLimits();
  const recorder = useVoiceRecorder();
  // One attempt per draft: pressing Send again after a failure reuses its key (and its upload).
  const attempt = useRef<SendAttempt | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const counterId = useId();

  useLayoutEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
  }, [text]);

  function attach(file: File, voice = false) {
    const found = attachmentProblem(file, fileLimits, voice);
    setProblem(found);
    if (found) return;
    attempt.current = null;
    const previewable = voice || file.type.startsWith("image/");
    setAttached({ file, voice, previewUrl: previewable ? URL.createObjectURL(file) : null });
    setPanel(null);
  }

  useEffect(() => {
    const url = attached?.previewUrl;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [attached]);

  useEffect(() => {
    if (!attachRef) return;
    attachRef.current = (file) => attach(file);
    return () => {
      attachRef.current = null;
    };
  });

  /** Sends with this draft's attempt; true once the server has stored it. */
  async function deliver(reply: OutgoingReply): Promise<boolean> {
    attempt.current ??= newAttempt();
    try {
      const answer = await outbox.send(reply, attempt.current);
      if (!answer) return false;
      attempt.current = null;
      setText("");
      setAttached(null);
      setProblem(null);
      onSent?.();
      return true;
    } catch (error) {
      setProblem(errorText(error));
      return false;
    }
  }

  function pickCanned(filled: string) {
    setText(filled);
    attempt.current = null;
  }

  /** Notes keep the text on any refusal: the server's message says what to change. */
  async function addNote() {
    if (!text.trim()) return setProblem("Write a note first.");
    try {
      await note.mutateAsync(text);
      setText("");
      setProblem(null);
      onSent?.();
    } catch (error) {
      setProblem(errorText(error));
    }
  }

  function submit() {
    if (outbox.busy || note.isPending) return;
    if (noteMode) return void addNote();
    const found = attached ? captionProblem(text) : replyProblem(text);
    setProblem(found);
    if (found) return;
    const file: OutgoingFile | null = attached
      ? { kind: "upload", blob: attached.file, name: attached.file.name, voice: attached.voice }
      : null;
    void deliver({ text, file });
  }

  // The URL and contact forms send their own file with the composer's text as caption.
  const sendFile = (file: OutgoingFile) => {
    const found = captionProblem(text);
    setProblem(found);
    if (found) return Promise.resolve(false);
    attempt.current = null;
    return deliver({ text, file });
  };

  async function stopRecording() {
    const blob = await recorder.stop();
    if (!blob) {
      setProblem("Nothing was recorded. Try again.");
      return;
    }
    attach(new File([blob], voiceFileName(blob.type), { type: blob.type }), true);
  }

  const length = text.trim().length;
  const maxLength = noteMode ? NOTE_MAX_LENGTH : REPLY_MAX_LENGTH;
  const over = length > maxLength;
  const showCounter = length >= COUNTER_THRESHOLD;
  const busy = outbox.busy || note.isPending;
  const recording = recorder.state.kind !== "idle";
  const error = problem ?? recorder.problem;

  return (
    <form
      aria-label="Reply"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className={cn(
        "shrink-0 border-t p-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] md:p-3",
        noteMode ? "border-amber-300 bg-amber-50" : "border-gray-200 bg-surface",
      )}
    >
      {error && (
        <p role="alert" className="mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" className="mb-2 text-sm text-gray-600">
          {note.isPending ? "Adding note…" : outbox.phase === "uploading" ? "Uploading…" : "Sending…"}
        </p>
      )}
      <RecordingBar state={recorder.state} onStop={() => void stopRecording()} onCancel={recorder.cancel} />
      {attached && (
        <AttachmentPreview
          attached={attached}
          disabled={busy}
          onRemove={() => {
            attempt.current = null;
            setAttached(null);
          }}
        />
      )}
      {panel === "url" && <UrlForm busy={busy} onSend={sendFile} onClose={() => setPanel(null)} />}
      {panel === "contact" && <ContactForm busy={busy} onSend={sendFile} onClose={() => setPanel(null)} />}
      {picker.open && <CannedList {...picker.listProps} onPick={(reply) => picker.pick(reply, pickCanned)} />}
      <div className="flex items-end gap-2">
        <NoteToggle
          pressed={noteMode}
          disabled={busy || recording || attached !== null || panel !== null}
          onToggle={() => {
            setNoteMode(!noteMode);
            setProblem(null);
            textareaRef.current?.focus();
          }}
        />
        {!noteMode && (
          <ComposerTools
            disabled={busy || recording}
            panel={panel}
            onFile={(file) => attach(file)}
            onRecord={() => void recorder.start()}
            onPanel={setPanel}
          />
        )}
        <textarea
          ref={textareaRef}
          aria-label="Message"
          aria-describedby={showCounter ? counterId : undefined}
          aria-controls={picker.open ? picker.listboxId : undefined}
          aria-activedescendant={picker.activeId}
          aria-invalid={over || undefined}
          placeholder={
            noteMode ? "Write an internal note — only your team sees it" : attached || panel ? "Add a caption (optional)…" : "Write a reply…"
          }
          rows={1}
          value={text}
          readOnly={busy}
          onChange={(event) => {
            setText(event.target.value);
            picker.resetActive();
            attempt.current = null;
            if (problem) setProblem(null);
          }}
          onPaste={(event) => {
            const file = firstFile(event.clipboardData.files);
            if (file && file.type.startsWith("image/")) {
              event.preventDefault();
              attach(file);
            }
          }}
          onKeyDown={(event) => {
            if (picker.onKeyDown(event, pickCanned)) return event.preventDefault();
            if (!isSendKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing, keyCode: event.keyCode })) return;
            event.preventDefault();
            submit();
          }}
          className={cn(
            "min-h-10 min-w-0 flex-1 basis-40 resize-none rounded-lg border bg-surface px-3 py-2 text-base leading-6 text-gray-900 placeholder:text-gray-400",
            "focus:outline-2 focus:-outline-offset-1 focus:outline-brand read-only:bg-gray-50",
            over ? "border-red-500" : noteMode ? "border-amber-400 bg-amber-50/60" : "border-gray-300",
          )}
        />
        <Button type="submit" disabled={busy || recording} aria-busy={busy || undefined}>
          {busy && <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-white/40 border-t-white" />}
          {noteMode ? "Add note" : "Send"}
        </Button>
      </div>
      {showCounter && (
        <p id={counterId} className={cn("mt-1 text-right text-xs", over ? "font-medium text-red-700" : "text-gray-500")}>
          {length.toLocaleString("en-GB")} / {maxLength.toLocaleString("en-GB")} characters
        </p>
      )}
    </form>
  );
}
