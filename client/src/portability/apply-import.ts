import { profileDefaults, profileSchema } from "../../../shared/schemas/profile";
import { syncTables } from "../../../shared/sync/protocol";
import { keepFile } from "../blobs/store-file";
import { db, type SkillfolioDatabase } from "../db/database";
import { readRecord, saveRecord } from "../db/portfolio";
import { DexieReplicaStore } from "../db/replica-store";
import { type ImportPlan, profileFill } from "./import-plan";

export type ImportResult = {
  added: Record<"experience" | "competency" | "proof" | "cv", number>;
  profileFields: number;
};

/**
 * Writes a confirmed plan through portfolio.ts (so every record enters the outbox and syncs) and
 * the files through the blob store (so they upload with the normal sync), all in one
 * transaction: an import lands whole or not at all.
 */
export async function applyImport(
  plan: ImportPlan,
  database: SkillfolioDatabase = db,
): Promise<ImportResult> {
  const tables = [
    database.blobs,
    ...syncTables.map((table) => database[table]),
    database.serverCopies,
    database.outbox,
    database.rejections,
    database.meta,
  ];
  return database.transaction("rw", tables, async () => {
    for (const proof of plan.add.proof) {
      await keepFile(
        { ref: proof.fields.blob, bytes: proof.bytes, name: proof.fields.title },
        database,
      );
    }
    for (const { id, fields } of plan.add.experience)
      await saveRecord("experience", id, fields, database);
    for (const { id, fields } of plan.add.proof) await saveRecord("proof", id, fields, database);
    for (const { id, fields } of plan.add.competency)
      await saveRecord("competency", id, fields, database);
    for (const { id, fields } of plan.add.cv) await saveRecord("cv", id, fields, database);
    const profileFields = plan.profile ? await fillProfile(plan.profile, database) : 0;
    return {
      added: {
        experience: plan.add.experience.length,
        competency: plan.add.competency.length,
        proof: plan.add.proof.length,
        cv: plan.add.cv.length,
      },
      profileFields,
    };
  });
}

/** Fills the empty fields of the person's profile (id = their user id), never overwriting. */
async function fillProfile(
  imported: NonNullable<ImportPlan["profile"]>,
  database: SkillfolioDatabase,
): Promise<number> {
  const ownerId = await new DexieReplicaStore(database).ownerId();
  const stored = await readRecord("profile", profileSchema, ownerId, database);
  const current = stored && !stored.deleted ? stored : null;
  // Computed again at write time: the profile may have changed since the preview.
  const fill = profileFill(current, imported.fields);
  if (Object.keys(fill).length === 0) return 0;
  if (fill.photo) {
    if (!imported.photoBytes) delete fill.photo;
    else await keepFile({ ref: fill.photo, bytes: imported.photoBytes, name: "photo" }, database);
  }
  const base = current
    ? (({ id: _id, ownerId: _o, version: _v, deleted: _d, updatedAt: _u, ...fields }) => fields)(
        current,
      )
    : profileDefaults;
  await saveRecord("profile", ownerId, { ...base, ...fill }, database);
  return Object.keys(fill).length;
}
