/**
 * The message catalogs, one folder each under ./messages with an en.json, fr.json and es.json.
 * Split by area so that two people working on different screens never edit the same file, and
 * so a screen's strings are found next to each other.
 */
export const NAMESPACES = ["common", "auth", "inbox", "thread", "composer", "settings", "sandbox", "palette", "search", "monitor", "reports"] as const;
export type Namespace = (typeof NAMESPACES)[number];
