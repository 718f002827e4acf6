import "server-only";

/**
 * How many event streams this instance keeps open. Each stream is a socket plus a query every
 * heartbeat, so one account opening streams in a loop could exhaust the instance; the per-agent
 * cap leaves room for several tabs and devices, the instance cap for 1,000 agents with a
 * couple of tabs each. Counted in this process only: each instance protects itself.
 */
export const STREAM_LIMITS = { perAgent: 8, perInstance: 2000 } as const;

/** How long a refused browser should wait before trying again, in seconds. */
export const STREAM_RETRY_AFTER_SECONDS = 30;

export type SlotRefusal = "agent" | "instance";

/** Gives out stream slots and takes them back; releasing twice is harmless. */
export class StreamSlots {
  private readonly byAgent = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: { perAgent: number; perInstance: number } = STREAM_LIMITS) {}

  /** A release function for the slot taken, or why none was. */
  acquire(agentId: string): { release: () => void } | { refused: SlotRefusal } {
    const mine = this.byAgent.get(agentId) ?? 0;
    if (mine >= this.limits.perAgent) return { refused: "agent" };
    if (this.total >= this.limits.perInstance) return { refused: "instance" };
    this.byAgent.set(agentId, mine + 1);
    this.total++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.byAgent.get(agentId) ?? 1) - 1;
        if (left > 0) this.byAgent.set(agentId, left);
        else this.byAgent.delete(agentId);
      },
    };
  }

  openFor(agentId: string): number {
    return this.byAgent.get(agentId) ?? 0;
  }

  get open(): number {
    return this.total;
  }
}

// On globalThis: Next may load a route module more than once, and the count must be one.
const globalForSlots = globalThis as unknown as { switchboardStreamSlots?: StreamSlots };

export function getStreamSlots(): StreamSlots {
  globalForSlots.switchboardStreamSlots ??= new StreamSlots();
  return globalForSlots.switchboardStreamSlots;
}
