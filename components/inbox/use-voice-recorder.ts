"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/** Formats the browser can record that the server accepts as voice notes, best first. */
const VOICE_MIME_TYPES = ["audio/ogg;codecs=opus", "audio/webm;codecs=opus", "audio/webm", "audio/mp4"];

export type RecorderState = { kind: "idle" } | { kind: "starting" } | { kind: "recording"; startedAt: number };

function pickMimeType(): string | undefined {
  return VOICE_MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

/** A voice note as a file the upload can name ("voice-note.webm"). */
export function voiceFileName(mime: string): string {
  if (mime.includes("ogg")) return "voice-note.ogg";
  if (mime.includes("mp4")) return "voice-note.m4a";
  return "voice-note.webm";
}

/**
 * Records from the microphone with MediaRecorder. `stop` resolves with the recording; `cancel`
 * drops it. The microphone is released either way, so the browser's recording light goes off.
 */
export function useVoiceRecorder() {
  const [state, setState] = useState<RecorderState>({ kind: "idle" });
  const [problem, setProblem] = useState<string | null>(null);
  const t = useTranslations("composer.problem");
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);

  function release() {
    recorder.current?.stream.getTracks().forEach((track) => track.stop());
    recorder.current = null;
    chunks.current = [];
  }

  useEffect(() => release, []);

  async function start(): Promise<void> {
    setProblem(null);
    if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setProblem(t("noRecorder"));
      return;
    }
    setState({ kind: "starting" });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setState({ kind: "idle" });
      setProblem(t("noMicrophone"));
      return;
    }
    const mimeType = pickMimeType();
    const rec = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    chunks.current = [];
    rec.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.current.push(event.data);
    };
    recorder.current = rec;
    rec.start(250);
    setState({ kind: "recording", startedAt: Date.now() });
  }

  function stop(): Promise<Blob | null> {
    const rec = recorder.current;
    if (!rec) return Promise.resolve(null);
    return new Promise((resolve) => {
      rec.onstop = () => {
        const type = (rec.mimeType || "audio/webm").split(";")[0];
        const blob = new Blob(chunks.current, { type });
        release();
        setState({ kind: "idle" });
        resolve(blob.size > 0 ? blob : null);
      };
      rec.stop();
    });
  }

  function cancel(): void {
    const rec = recorder.current;
    if (rec) {
      rec.onstop = null;
      if (rec.state !== "inactive") rec.stop();
    }
    release();
    setState({ kind: "idle" });
  }

  return { state, problem, start, stop, cancel };
}
