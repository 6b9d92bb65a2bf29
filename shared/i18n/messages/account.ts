import { defineMessages } from "../define";

/** Messages of account deletion (French first; English must have the same keys). */
export const accountMessages = defineMessages(
  {
    "account.delete.title": "Supprimer mon compte",
    "account.delete.explain":
      "Tout votre portefeuille sera effacé du serveur et de cet appareil : expériences, compétences, preuves, CV, partages avec vos conseillers, commentaires et journal des accès. C’est définitif.",
    "account.delete.exportFirst": "Téléchargez d’abord une copie de vos données.",
    "account.delete.exportLink": "Télécharger mes données",
    "account.delete.start": "Supprimer mon compte…",
    "account.delete.confirmTitle": "Confirmez la suppression",
    "account.delete.password": "Votre mot de passe",
    "account.delete.understand": "Je comprends que mes données seront effacées définitivement.",
    "account.delete.understandRequired": "Cochez cette case pour confirmer.",
    "account.delete.passwordRequired": "Saisissez votre mot de passe.",
    "account.delete.submit": "Supprimer définitivement",
    "account.delete.pending": "Suppression…",
    "account.delete.cancel": "Annuler",
    "account.delete.offline": "La suppression du compte demande une connexion à Internet.",
    "account.delete.done": "Votre compte et toutes vos données ont été supprimés.",
  },
  {
    "account.delete.title": "Delete my account",
    "account.delete.explain":
      "Your whole portfolio will be erased from the server and from this device: experiences, competencies, proofs, CVs, shares with your advisers, comments and the access log. This cannot be undone.",
    "account.delete.exportFirst": "Download a copy of your data first.",
    "account.delete.exportLink": "Download my data",
    "account.delete.start": "Delete my account…",
    "account.delete.confirmTitle": "Confirm the deletion",
    "account.delete.password": "Your password",
    "account.delete.understand": "I understand that my data will be erased for good.",
    "account.delete.understandRequired": "Tick this box to confirm.",
    "account.delete.passwordRequired": "Enter your password.",
    "account.delete.submit": "Delete for good",
    "account.delete.pending": "Deleting…",
    "account.delete.cancel": "Cancel",
    "account.delete.offline": "Deleting the account needs an Internet connection.",
    "account.delete.done": "Your account and all your data have been deleted.",
  },
);
