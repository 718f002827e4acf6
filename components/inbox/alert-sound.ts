// A short two-tone chime made in the browser (no audio file to download or cache).
let context: AudioContext | null = null;

/** Plays the alert chime; silently nothing when the browser has not allowed audio yet (no click on the page so far). */
export function playAlertSound(): void {
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") void context.resume();
    const start = context.currentTime;
    for (const [offset, frequency] of [[0, 880], [0.12, 1320]] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.12, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.2);
    }
  } catch {
    // No audio (a locked-down browser): the notice alone tells.
  }
}
