import { z } from "zod";
import { CHAT_METHODS, ERROR_CODES } from "./wire";

/**
 * Faults the stand-in injects into its next protocol answers, so tests can drive the app's
 * client through every transport failure. State lives on globalThis: one process, shared by
 * every route module (Next may load a module more than once).
 *
 * - latency: wait `ms`, then answer normally.
 * - http500: answer HTTP 500 (plain text); the request has no effect.
 * - html: answer an HTML error page (HTTP `status`, default 200); no effect.
 * - malformed: apply the request, then answer truncated JSON (HTTP 200).
 * - reset: start the answer, then abort the connection; no effect.
 * - blackhole: apply the request, then hold the answer `ms` before giving it; set `ms` past the
 *   caller's timeout to get "it happened, but the caller never heard".
 * - error: answer the provider error `code` (a well-formed ERROR envelope); no effect. A
 *   permanent refusal that goes away once the fault is used up: what a Retry is for.
 *
 * With `probability` a fault hits each matching request by chance; with `count: Infinity` it
 * never runs out (a chaos run's steady rate of failures).
 */

const ms = z.number().int().min(0).max(600_000);
const common = {
  /** How many of the next matching requests the fault hits. */
  count: z.union([z.number().int().min(1).max(1000), z.literal(Infinity)]).default(1),
  /** Hit each matching request with this chance only (chaos runs); absent = every one. */
  probability: z.number().gt(0).max(1).optional(),
  /** Only requests for these methods; absent = every request. */
  methods: z.array(z.enum(CHAT_METHODS)).min(1).optional(),
};

export const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("latency"), ms, ...common }).strict(),
  z.object({ kind: z.literal("http500"), ...common }).strict(),
  z.object({ kind: z.literal("html"), status: z.number().int().min(200).max(599).default(200), ...common }).strict(),
  z.object({ kind: z.literal("malformed"), ...common }).strict(),
  z.object({ kind: z.literal("reset"), ...common }).strict(),
  z.object({ kind: z.literal("blackhole"), ms, ...common }).strict(),
  z.object({ kind: z.literal("error"), code: z.enum(ERROR_CODES), ...common }).strict(),
]);

export type FaultInput = z.input<typeof faultSchema>;
export type Fault = z.output<typeof faultSchema>;
/** A queued fault: `remaining` counts down from `count`. */
export type QueuedFault = Fault & { id: number; remaining: number };

interface FaultState {
  queue: { id: number; remaining: number; fault: Fault }[];
  nextId: number;
}

const globalForFaults = globalThis as unknown as { switchboardSandboxFaults?: FaultState };

function state(): FaultState {
  globalForFaults.switchboardSandboxFaults ??= { queue: [], nextId: 1 };
  return globalForFaults.switchboardSandboxFaults;
}

/** Queues a fault (validated; throws a ZodError on bad input). */
export function queueFault(input: FaultInput): QueuedFault {
  const fault = faultSchema.parse(input);
  const s = state();
  const entry = { id: s.nextId++, remaining: fault.count, fault };
  s.queue.push(entry);
  return { ...fault, id: entry.id, remaining: entry.remaining };
}

export function clearFaults(): void {
  state().queue = [];
}

export function listFaults(): QueuedFault[] {
  return state().queue.map((e) => ({ ...e.fault, id: e.id, remaining: e.remaining }));
}

/**
 * The fault for one request, if any: the oldest queued fault whose filter matches the method.
 * One fault per request; it is spent as it is taken.
 */
export function takeFault(method: string | undefined): Fault | null {
  const s = state();
  const index = s.queue.findIndex(
    ({ fault }) =>
      (!fault.methods || (method !== undefined && (fault.methods as string[]).includes(method))) &&
      (fault.probability === undefined || Math.random() < fault.probability),
  );
  if (index === -1) return null;
  const entry = s.queue[index];
  entry.remaining -= 1;
  if (entry.remaining <= 0) s.queue.splice(index, 1);
  return entry.fault;
}
