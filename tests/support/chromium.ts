import { existsSync } from "node:fs";

// Playwright's own browser download cannot run here: use the system Chromium when there is one.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumExecutable = existsSync(chromiumPath) ? chromiumPath : undefined;
// Flags that keep headless Chromium from calling out to a closed network.
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
