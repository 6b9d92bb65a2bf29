import { competencySchema } from "../../../shared/schemas/competency";
import type { Suggestion } from "../../../shared/schemas/sharing";
import { db, type SkillfolioDatabase } from "../db/database";
import { readRecord, readRecords, recordSchemas, saveRecord, writeField } from "../db/portfolio";

/** The fields a reword may replace, per table: anything else in a suggestion is refused. */
const rewordable = {
  experience: ["title", "description"],
  competency: ["label", "note"],
  profile: ["headline", "summary"],
} as const satisfies Record<string, readonly string[]>;

/** The suggestion names a record that is not (or no longer) in the person's portfolio. */
export class MissingRecordError extends Error {
  constructor() {
    super("The suggestion's record is not in this portfolio");
  }
}

async function exists(
  table: "experience" | "competency" | "profile",
  id: string,
  database: SkillfolioDatabase,
): Promise<boolean> {
  const record = await readRecord(table, recordSchemas[table], id, database);
  return record !== undefined && !record.deleted;
}

async function findByLabel(label: string, database: SkillfolioDatabase) {
  const wanted = label.trim().toLocaleLowerCase();
  const { records } = await readRecords("competency", competencySchema, database);
  return records.find((competency) => competency.label.trim().toLocaleLowerCase() === wanted);
}

/**
 * Applies an accepted suggestion as an ordinary local edit (it lands in the outbox and syncs like
 * any change the person makes): a link adds the experience to the competency's evidence (links
 * live on the competency), a new competency is created, a reword replaces one field.
 */
export async function applySuggestion(
  suggestion: Suggestion,
  database: SkillfolioDatabase = db,
): Promise<void> {
  switch (suggestion.kind) {
    case "link-competency": {
      const competency = await readRecord(
        "competency",
        competencySchema,
        suggestion.competencyId,
        database,
      );
      if (
        !competency ||
        competency.deleted ||
        !(await exists("experience", suggestion.experienceId, database))
      ) {
        throw new MissingRecordError();
      }
      const { evidence } = competency;
      if (evidence.experienceIds.includes(suggestion.experienceId)) return;
      await writeField(
        "competency",
        competency.id,
        "evidence",
        { ...evidence, experienceIds: [...evidence.experienceIds, suggestion.experienceId] },
        database,
      );
      return;
    }
    case "add-competency": {
      // The backing experience may have been deleted since: the competency is still worth adding.
      const backed =
        suggestion.experienceId !== null &&
        (await exists("experience", suggestion.experienceId, database));
      // Accepting twice (a decision that failed to reach the server, then a retry) must not make
      // a duplicate: a live competency with the same label takes the link instead.
      const same = await findByLabel(suggestion.label, database);
      if (same) {
        const ids = same.evidence.experienceIds;
        if (backed && suggestion.experienceId && !ids.includes(suggestion.experienceId)) {
          await writeField(
            "competency",
            same.id,
            "evidence",
            { ...same.evidence, experienceIds: [...ids, suggestion.experienceId] },
            database,
          );
        }
        return;
      }
      await saveRecord(
        "competency",
        null,
        {
          label: suggestion.label,
          category: suggestion.category,
          reference: suggestion.reference,
          level: null,
          note: "",
          evidence: {
            experienceIds: backed && suggestion.experienceId ? [suggestion.experienceId] : [],
            proofIds: [],
          },
        },
        database,
      );
      return;
    }
    case "reword": {
      const fields: readonly string[] = rewordable[suggestion.table];
      if (!fields.includes(suggestion.field)) throw new MissingRecordError();
      if (!(await exists(suggestion.table, suggestion.recordId, database))) {
        throw new MissingRecordError();
      }
      await writeField(
        suggestion.table,
        suggestion.recordId,
        suggestion.field,
        suggestion.text,
        database,
      );
      return;
    }
  }
}
