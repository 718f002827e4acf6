"use client";

import { createContext, useContext } from "react";

export interface SignedInAgentInfo {
  id: string;
  name: string;
}

const Context = createContext<SignedInAgentInfo | null>(null);

/** Who is signed in, for client components that fill in `{{agent.name}}` or mark "you". Given by the inbox layout. */
export function SignedInAgentProvider({ agent, children }: { agent: SignedInAgentInfo; children: React.ReactNode }) {
  return <Context.Provider value={agent}>{children}</Context.Provider>;
}

export function useSignedInAgent(): SignedInAgentInfo | null {
  return useContext(Context);
}
