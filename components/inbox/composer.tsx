"use client";

import { useTranslations } from "next-intl";
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
import type { LocalFile } from "./draft-store";
import { restoredDraft } from "./draft-writes";
import { EmojiPanel } from "./emoji-panel";
import { useFileLimits } from "./file-limits";
import { newAttempt, type OutgoingFile, type OutgoingReply, type SendAttempt } from "./send-reply";
import { insertAt } from "./text-insert";
import { useDisplayLocale } from "./use-display-locale";
import { useDraft } from "./use-draft";
import { useObjectUrl } from "./use-object-url";
import { NoteToggle } from "./note-toggle";
import { UrlForm } from "./url-form";
import { useSendReply } from "./use-outbox";
import { useSendNote } from "./use-team-queries";
import { useVoiceRecorder, voiceFileName } from "./use-voice-recorder";
import { RecordingBar } from "./voice-recorder";

const MAX_HEIGHT_PX = 160;


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
  // The text and file live in the draft store: they outlast switching conversations and reloads.
  const drafts = useDraft(conversationId);
  const text = drafts.draft?.text ?? "";
  const local = drafts.draft?.file ?? null;
  const previewUrl = useObjectUrl(local && (local.voice || local.file.type.startsWith("image/")) ? local.file : null);
  const attached: Attached | null = local && { ...local, previewUrl };
  // Kept by name only: the file itself did not survive a reload.
  const lostFile = !local ? (drafts.draft?.fileName ?? null) : null;
  const [emojiOpen, setEmojiOpen] = useState(false);
  const caret = useRef<number | null>(null);
  const [panel, setPanel] = useState<ComposerPanel>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Note mode: the text becomes an internal note (team only, never sent to the contact).
  const [noteMode, setNoteMode] = useState(false);
  const outbox = useSendReply(conversationId);
  const note = useSendNote(conversationId);
  const picker = useCannedPicker(text, useReplyVariables(conversationId));
  const fileLimits = useFileLimits();
  const recorder = useVoiceRecorder();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const counterId = useId();
  const t = useTranslations("composer");
  const problems = useTranslations("composer.problem");
  const locale = useDisplayLocale();
  // The API's own message when there is one (English for now), else ours in the agent's language.
  const errorText = (error: unknown) => (error instanceof ApiError ? error.message : problems("sendFailed"));

  useLayoutEffect(() => {
    const el = textareaRef.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT_PX)}px`;
    // After an emoji went in: the caret right after it, in the box.
    if (caret.current !== null) {
      el.focus();
      el.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  }, [text]);

  // Typing starts a new attempt: the text changed, so a retry of the old one would be wrong.
  const setText = (next: string) => drafts.update({ text: next, attempt: null });

  function attach(file: File, voice = false) {
    const found = attachmentProblem(file, fileLimits, { t: problems, locale }, voice);
    setProblem(found);
    if (found) return;
    drafts.update({ file: { file, voice }, fileName: file.name, attempt: null });
    setPanel(null);
  }

  useEffect(() => {
    if (!attachRef) return;
    attachRef.current = (file) => attach(file);
    return () => {
      attachRef.current = null;
    };
  });

  /** The box clears at once and keeps focus: the agent goes on typing while the reply is sent. */
  function deliver(reply: OutgoingReply, attempt: SendAttempt, file: LocalFile | null): Promise<boolean> {
    drafts.clear();
    setProblem(null);
    textareaRef.current?.focus();
    onSent?.();
    return outbox.send(reply, attempt).then(
      () => true,
      (error: unknown) => {
        drafts.update((current) => restoredDraft(current, { text: reply.text, file, attempt }));
        setProblem(errorText(error));
        return false;
      },
    );
  }

  function pickCanned(filled: string) {
    setText(filled);
  }

  function insertEmoji(emoji: string) {
    const el = textareaRef.current;
    const next = insertAt(text, el?.selectionStart ?? text.length, el?.selectionEnd ?? text.length, emoji);
    caret.current = next.caret;
    setText(next.text);
    setEmojiOpen(false);
  }

  function closeEmoji() {
    setEmojiOpen(false);
    textareaRef.current?.focus();
  }

  /** Notes keep the text on any refusal: the server's message says what to change. */
  function addNote(text: string) {
    if (!text.trim()) return setProblem(problems("writeNote"));
    drafts.clear();
    setProblem(null);
    textareaRef.current?.focus();
    onSent?.();
    note.mutateAsync(text).catch((error: unknown) => {
      drafts.update((current) => restoredDraft(current, { text, file: null, attempt: null }));
      setProblem(errorText(error));
    });
  }

  function submit() {
    // The draft as it is now: the second click of a double click finds the box already cleared.
    const now = drafts.current();
    const text = now?.text ?? "";
    const file = now?.file ?? null;
    if (!text.trim() && !file && (outbox.pending || note.isPending)) return;
    if (noteMode) return addNote(text);
    const found = file ? captionProblem(text, problems) : replyProblem(text, problems);
    setProblem(found);
    if (found) return;
    const outgoing: OutgoingFile | null = file ? { kind: "upload", blob: file.file, name: file.file.name, voice: file.voice } : null;
    void deliver({ text, file: outgoing }, now?.attempt ?? newAttempt(), file);
  }

  // The URL and contact forms send their own file with the composer's text as caption.
  const sendFile = (file: OutgoingFile) => {
    const found = captionProblem(text, problems);
    setProblem(found);
    if (found) return Promise.resolve(false);
    return deliver({ text, file }, newAttempt(), null);
  };

  async function stopRecording() {
    const blob = await recorder.stop();
    if (!blob) {
      setProblem(problems("nothingRecorded"));
      return;
    }
    attach(new File([blob], voiceFileName(blob.type), { type: blob.type }), true);
  }

  const length = text.trim().length;
  const maxLength = noteMode ? NOTE_MAX_LENGTH : REPLY_MAX_LENGTH;
  const over = length > maxLength;
  const showCounter = length >= COUNTER_THRESHOLD;
  // Only an upload shows here; a reply on its way shows in its own bubble.
  const busy = outbox.phase === "uploading";
  const recording = recorder.state.kind !== "idle";
  const error = problem ?? recorder.problem;

  return (
    <form
      aria-label={t("form")}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className={cn(
        "relative shrink-0 border-t p-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] md:p-3",
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
          {t("uploading")}
        </p>
      )}
      {lostFile && (
        <p role="status" className="mb-2 flex items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="min-w-0 flex-1">{t("lostFile", { name: lostFile })}</span>
          <button type="button" className="font-medium underline" onClick={() => drafts.update({ fileName: null })}>
            {t("dismiss")}
          </button>
        </p>
      )}
      {emojiOpen && <EmojiPanel onPick={insertEmoji} onClose={closeEmoji} />}
      <RecordingBar state={recorder.state} onStop={() => void stopRecording()} onCancel={recorder.cancel} />
      {attached && (
        <AttachmentPreview
          attached={attached}
          disabled={false}
          onRemove={() => drafts.update({ file: null, fileName: null, attempt: null })}
        />
      )}
      {panel === "url" && <UrlForm busy={busy} onSend={sendFile} onClose={() => setPanel(null)} />}
      {panel === "contact" && <ContactForm busy={busy} onSend={sendFile} onClose={() => setPanel(null)} />}
      {picker.open && <CannedList {...picker.listProps} onPick={(reply) => picker.pick(reply, pickCanned)} />}
      <div className="flex items-end gap-2">
        <NoteToggle
          pressed={noteMode}
          disabled={recording || attached !== null || panel !== null}
          onToggle={() => {
            setNoteMode(!noteMode);
            setProblem(null);
            textareaRef.current?.focus();
          }}
        />
        {!noteMode && (
          <ComposerTools
            disabled={recording}
            panel={panel}
            emojiOpen={emojiOpen}
            onEmoji={() => setEmojiOpen(!emojiOpen)}
            onFile={(file) => attach(file)}
            onRecord={() => void recorder.start()}
            onPanel={setPanel}
          />
        )}
        <textarea
          ref={textareaRef}
          data-shortcut="reply"
          aria-label={t("message")}
          aria-describedby={showCounter ? counterId : undefined}
          aria-controls={picker.open ? picker.listboxId : undefined}
          aria-activedescendant={picker.activeId}
          aria-invalid={over || undefined}
          placeholder={t(noteMode ? "placeholder.note" : attached || panel ? "placeholder.caption" : "placeholder.reply")}
          rows={1}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            picker.resetActive();
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
            "focus:outline-2 focus:-outline-offset-1 focus:outline-brand",
            over ? "border-red-500" : noteMode ? "border-amber-400 bg-amber-50/60" : "border-gray-300",
          )}
        />
        <Button type="submit" disabled={recording}>
          {noteMode ? t("addNote") : t("send")}
        </Button>
      </div>
      {showCounter && (
        <p id={counterId} className={cn("mt-1 text-right text-xs", over ? "font-medium text-red-700" : "text-gray-500")}>
          {t("counter", { length: length.toLocaleString(locale), max: maxLength.toLocaleString(locale) })}
        </p>
      )}
    </form>
  );
}
