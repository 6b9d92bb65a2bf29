import { defineMessages } from "../define";

/** Messages of the reference feature (French first; English must have the same keys). */
export const referenceMessages = defineMessages(
  {
    "reference.suggestions": {
      one: "{count} suggestion. Flèches haut et bas pour choisir, Entrée pour valider.",
      other: "{count} suggestions. Flèches haut et bas pour choisir, Entrée pour valider.",
    },
    "reference.noSuggestion":
      "Aucune suggestion du référentiel : vous pouvez l’ajouter en texte libre.",
    "reference.listLabel": "Suggestions du référentiel",
    "reference.matchedOn": "trouvé par « {label} »",
    "reference.freeText": "Ajouter « {label} » en texte libre",
    "reference.freeTextHint": "Votre propre formulation, hors référentiel",
    "reference.scheme.skillfolio": "Skillfolio",
    "reference.scheme.digcomp": "DigComp 2.2",
    "reference.scheme.cefr": "CECRL",
    "reference.scheme.esco": "ESCO",
  },
  {
    "reference.suggestions": {
      one: "{count} suggestion. Up and down arrows to choose, Enter to pick.",
      other: "{count} suggestions. Up and down arrows to choose, Enter to pick.",
    },
    "reference.noSuggestion": "No suggestion from the reference: you can add it as free text.",
    "reference.listLabel": "Suggestions from the reference",
    "reference.matchedOn": "found by “{label}”",
    "reference.freeText": "Add “{label}” as free text",
    "reference.freeTextHint": "Your own wording, outside the reference",
    "reference.scheme.skillfolio": "Skillfolio",
    "reference.scheme.digcomp": "DigComp 2.2",
    "reference.scheme.cefr": "CEFR",
    "reference.scheme.esco": "ESCO",
  },
);
