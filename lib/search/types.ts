/** What GET /api/search answers. Safe to import from client components. */

/** [start, end) offsets into `snippet` of the words the query matched: the UI marks them. */
export type HighlightRange = readonly [number, number];

export interface MessageHit {
  id: number;
  /** Body text around the first match (whole when short), cut at word boundaries. */
  snippet: string;
  highlights: HighlightRange[];
  direction: "inbound" | "outbound";
  kind: "text" | "file" | "note";
  at: string;
}

/** A conversation with its newest matching message. */
export interface ConversationHit {
  conversationId: string;
  channelId: string;
  channelName: string;
  platform: string;
  destination: string;
  contactName: string | null;
  status: "open" | "pending" | "snoozed" | "resolved";
  message: MessageHit;
  /** More matching messages of this conversation among the newest results. */
  moreMatches: number;
}

export interface ContactHit {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  destination: string;
  platform: string;
  /** The contact's newest conversation the agent may see: where choosing the contact leads. */
  conversationId: string;
  channelId: string;
}

export interface SearchResponse {
  /** The words searched for, folded as matched (accents and case removed); empty = nothing searchable. */
  terms: string[];
  conversations: ConversationHit[];
  contacts: ContactHit[];
}
