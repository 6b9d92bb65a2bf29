import type { MessageKey, MessageParams } from "../../../shared/i18n/index";
import type { Suggestion } from "../../../shared/schemas/sharing";
import type { RecordLabels } from "./record-labels";

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Says in a sentence what accepting the suggestion will change, naming the person's records. */
export function describeSuggestion(
  suggestion: Suggestion,
  labels: RecordLabels,
  t: Translate,
): string {
  const unknown = t("comments.unknownRecord");
  switch (suggestion.kind) {
    case "link-competency":
      return t("suggestion.link", {
        competency: labels.competency.get(suggestion.competencyId) ?? unknown,
        experience: labels.experience.get(suggestion.experienceId) ?? unknown,
      });
    case "add-competency": {
      const params = {
        label: suggestion.label,
        category: t(`competencies.category.${suggestion.category}`),
      };
      return suggestion.experienceId === null
        ? t("suggestion.add", params)
        : t("suggestion.addWithExperience", {
            ...params,
            experience: labels.experience.get(suggestion.experienceId) ?? unknown,
          });
    }
    case "reword": {
      const record =
        suggestion.table === "profile"
          ? t("suggestion.profile")
          : `${t(`table.${suggestion.table}`)} · ${
              labels[suggestion.table].get(suggestion.recordId) ?? unknown
            }`;
      return t("suggestion.reword", { field: t(`suggestion.field.${suggestion.field}`), record });
    }
  }
}
