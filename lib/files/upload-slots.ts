import "server-only";

/** Uploads received at once: each holds a connection, a temporary file and a share of the disk's speed. */
export const UPLOAD_SLOTS = { perInstance: 4, perAgent: 2 };

export type UploadSlot = { release: () => void } | { refused: "agent" | "instance" };

/**
 * In-process counters of uploads in progress. Per instance, not shared: each instance protects
 * its own memory, disk and connections; a load balancer spreads the rest.
 */
export function createUploadSlots(limits = UPLOAD_SLOTS) {
  let total = 0;
  const byAgent = new Map<string, number>();
  return {
    acquire(agentId: string): UploadSlot {
      const mine = byAgent.get(agentId) ?? 0;
      if (mine >= limits.perAgent) return { refused: "agent" };
      if (total >= limits.perInstance) return { refused: "instance" };
      total++;
      byAgent.set(agentId, mine + 1);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          total--;
          const left = (byAgent.get(agentId) ?? 1) - 1;
          if (left > 0) byAgent.set(agentId, left);
          else byAgent.delete(agentId);
        },
      };
    },
    inProgress: () => total,
  };
}

const globalForSlots = globalThis as unknown as { switchboardUploadSlots?: ReturnType<typeof createUploadSlots> };

/** This process's counters (one per process, even if the module is loaded twice). */
export function uploadSlots() {
  globalForSlots.switchboardUploadSlots ??= createUploadSlots();
  return globalForSlots.switchboardUploadSlots;
}
