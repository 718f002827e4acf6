"use client";

import { createContext, useContext } from "react";
import type { FileLimits } from "./attachment-rules";

const FileLimitsContext = createContext<FileLimits | null>(null);

/**
 * The server's upload limits (FILE_LIMITS_MB), handed down by the inbox layout so the composer
 * refuses an oversized file before uploading it, by the same numbers the server applies.
 */
export function FileLimitsProvider({ limits, children }: { limits: FileLimits; children: React.ReactNode }) {
  return <FileLimitsContext.Provider value={limits}>{children}</FileLimitsContext.Provider>;
}

/** The server's limits; null outside the inbox layout (the server then judges alone). */
export function useFileLimits(): FileLimits | null {
  return useContext(FileLimitsContext);
}
