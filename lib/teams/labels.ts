import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { labels } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { labelPatchSchema, labelSchema } from "@/lib/validation/settings";
import { recordAudit } from "./audit";
import { conflictAs, type AuditActor } from "./actor";

export interface LabelView {
  id: string;
  name: string;
  color: string;
}

const columns = { id: labels.id, name: labels.name, color: labels.color };

export const duplicateLabel = (name: string) => {
  const message = `A label named “${name}” already exists.`;
  return new AppError("label_taken", 409, message, { name: message });
};

/** Every label, by name (what the label pickers and filters list). */
export async function listLabels(db: DbExecutor): Promise<LabelView[]> {
  return db.select(columns).from(labels).orderBy(asc(sql`lower(${labels.name})`), asc(labels.id));
}

async function nameTaken(db: DbExecutor, name: string, exceptId: string | null): Promise<boolean> {
  const sameName = eq(sql`lower(${labels.name})`, name.toLowerCase());
  const [row] = await db.select({ id: labels.id }).from(labels).where(exceptId ? and(sameName, ne(labels.id, exceptId)) : sameName).limit(1);
  return row !== undefined;
}

export async function createLabel(db: Db, actor: AuditActor, input: unknown): Promise<LabelView> {
  const label = labelSchema.parse(input);
  return conflictAs(
    () =>
      db.transaction(async (tx) => {
        if (await nameTaken(tx, label.name, null)) throw duplicateLabel(label.name);
        const [row] = await tx.insert(labels).values(label).returning(columns);
        await recordAudit(tx, { actor, kind: "label.created", target: { type: "label", id: row.id }, after: label });
        return row;
      }),
    () => duplicateLabel(label.name),
  );
}

/** Renames or recolours; conversations keep the label (they refer to its id). */
export async function updateLabel(db: Db, actor: AuditActor, labelId: string, input: unknown): Promise<LabelView> {
  const change = labelPatchSchema.parse(input);
  return conflictAs(
    () =>
      db.transaction(async (tx) => {
        const [current] = await tx.select(columns).from(labels).where(eq(labels.id, labelId)).for("update");
        if (!current) throw notFound("This label");
        if (change.name !== undefined && (await nameTaken(tx, change.name, labelId))) throw duplicateLabel(change.name);
        const [row] = await tx.update(labels).set(change).where(eq(labels.id, labelId)).returning(columns);
        await recordAudit(tx, { actor, kind: "label.updated", target: { type: "label", id: labelId }, before: { name: current.name, color: current.color }, after: change });
        return row;
      }),
    () => duplicateLabel(change.name ?? ""),
  );
}

/** Deleting a label takes it off every conversation (the foreign key cascades). */
export async function deleteLabel(db: Db, actor: AuditActor, labelId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(labels).where(eq(labels.id, labelId)).returning(columns);
    if (!gone) throw notFound("This label");
    await recordAudit(tx, { actor, kind: "label.deleted", target: { type: "label", id: labelId }, before: { name: gone.name, color: gone.color } });
  });
}
