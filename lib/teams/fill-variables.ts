/**
 * Fills a canned reply's variables before it goes into the message box. Pure and safe in the
 * browser: the agent sees (and can still edit) exactly what will be sent.
 */
export interface ReplyVariables {
  /** The contact's name, else its destination. */
  contactName: string;
  agentName: string;
  channelName: string;
}

const VARIABLE = /\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/gi;

/** `{{contact.name}}`, `{{agent.name}}`, `{{channel.name}}` (case and inner spaces ignored); anything else is left as typed. */
export function fillVariables(body: string, vars: ReplyVariables): string {
  const values: Record<string, string> = {
    "contact.name": vars.contactName,
    "agent.name": vars.agentName,
    "channel.name": vars.channelName,
  };
  return body.replace(VARIABLE, (whole, name: string) => values[name.toLowerCase()] ?? whole);
}
