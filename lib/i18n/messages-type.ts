/**
 * The shape of every catalog, taken from the English files: `t("inbox.missing")` does not
 * compile, and the parity test (catalogs.test.ts) holds French and Spanish to the same keys.
 */
export interface Messages {
  common: typeof import("./messages/common/en.json");
  auth: typeof import("./messages/auth/en.json");
  inbox: typeof import("./messages/inbox/en.json");
  thread: typeof import("./messages/thread/en.json");
  composer: typeof import("./messages/composer/en.json");
  settings: typeof import("./messages/settings/en.json");
  sandbox: typeof import("./messages/sandbox/en.json");
  palette: typeof import("./messages/palette/en.json");
  search: typeof import("./messages/search/en.json");
  monitor: typeof import("./messages/monitor/en.json");
  reports: typeof import("./messages/reports/en.json");
}
