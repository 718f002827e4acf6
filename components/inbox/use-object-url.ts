"use client";

import { useEffect, useState } from "react";

/** A blob: URL for the file while it is shown, revoked when the file changes or the view goes. */
export function useObjectUrl(file: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = file ? URL.createObjectURL(file) : null;
    // A blob URL is an outside resource made and revoked with each run of the effect (twice under
    // StrictMode); made during render instead, the StrictMode cleanup would revoke the one shown.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(created);
    return () => {
      if (created) URL.revokeObjectURL(created);
    };
  }, [file]);
  return url;
}
