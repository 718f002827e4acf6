/**
 * What the audit log records: the list `/settings/audit` filters by. Browser-safe (the filter's
 * select is built from it); lib/teams/audit.ts writes entries of these kinds.
 */
export const AUDIT_KINDS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "agent.created",
  "agent.updated",
  "agent.password_reset",
  "agent.deactivated",
  "agent.reactivated",
  "channel.access",
  "channel.updated",
  "conversation.assigned",
  "conversation.status",
  "conversation.labels",
  "conversation.joined",
  "contact.updated",
  "label.created",
  "label.updated",
  "label.deleted",
  "canned_reply.created",
  "canned_reply.updated",
  "canned_reply.deleted",
  "message.retry",
  "profile.updated",
  "profile.password_changed",
  "report_settings.updated",
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Entries older than a kind's removal may hold a kind no longer listed: those show the code alone. */
export function isAuditKind(value: string): value is AuditKind {
  return (AUDIT_KINDS as readonly string[]).includes(value);
}
