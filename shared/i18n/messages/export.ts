import { defineMessages } from "../define";

/** The progress and outcome of a made file (a PDF or JSON export), shared by every feature. */
export const exportMessages = defineMessages(
  {
    "export.loading": "Préparation du fichier…",
    "export.progress": "Création du PDF… {done} sur {total}",
    "export.done": "Fichier prêt : {name}",
    "export.failed": "Le fichier n’a pas pu être créé : {reason}",
    "export.shareCancelled": "Partage annulé.",
  },
  {
    "export.loading": "Preparing the file…",
    "export.progress": "Creating the PDF… {done} of {total}",
    "export.done": "File ready: {name}",
    "export.failed": "The file could not be created: {reason}",
    "export.shareCancelled": "Sharing cancelled.",
  },
);
