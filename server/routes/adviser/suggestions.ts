import type { CommentTarget, Suggestion } from "../../../shared/schemas/index";
import { ApiError } from "../../http/errors";
import type { SharedRecords } from "./scope";

/** Which text fields a reword may replace, per table. */
const rewordable = {
  experience: ["title", "description"],
  competency: ["label", "note"],
  profile: ["headline", "summary"],
} as const;

const outOfScope = () => new ApiError(404, "not_found", "No such record in this share.");

/**
 * A comment or suggestion may only point at records the share lets the adviser read; anything
 * else is the same 404 as a record that does not exist.
 */
export function assertInScope(
  records: SharedRecords,
  target: CommentTarget | null,
  suggestion: Suggestion | null,
) {
  const experienceIds = new Set(records.experiences.map((record) => record.id));
  const competencyIds = new Set(records.competencies.map((record) => record.id));
  const has = { experience: experienceIds, competency: competencyIds };
  if (target && !has[target.table].has(target.id)) throw outOfScope();
  if (!suggestion) return;
  switch (suggestion.kind) {
    case "link-competency":
      if (
        !experienceIds.has(suggestion.experienceId) ||
        !competencyIds.has(suggestion.competencyId)
      )
        throw outOfScope();
      return;
    case "add-competency":
      if (suggestion.experienceId !== null && !experienceIds.has(suggestion.experienceId))
        throw outOfScope();
      return;
    case "reword": {
      const fields: readonly string[] = rewordable[suggestion.table];
      if (!fields.includes(suggestion.field)) {
        throw new ApiError(400, "invalid_input", `A ${suggestion.table} has no such text field.`, {
          issues: [{ path: "suggestion.field", message: "Not a field of this record" }],
        });
      }
      const found =
        suggestion.table === "profile"
          ? records.profile?.id === suggestion.recordId
          : has[suggestion.table].has(suggestion.recordId);
      if (!found) throw outOfScope();
      return;
    }
  }
}
