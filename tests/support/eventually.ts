/**
 * Retries an assertion until it passes or the time is up, for scripts that run outside vitest
 * (the benchmarks); tests use vi.waitFor, which does the same.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}
