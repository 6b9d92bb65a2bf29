import type { Message } from "./types";

/** The reference catalogue: French first. Every other language must have exactly these keys. */
export const fr = {
  "app.name": "Skillfolio",
  "app.tagline": "Votre parcours et vos compétences, toujours avec vous.",
  "app.skipToContent": "Aller au contenu",
  "app.loading": "Chargement…",
  "app.screenLoadFailed":
    "Cet écran n’a pas pu se charger. Vérifiez votre connexion puis rechargez la page.",
  "app.reload": "Recharger",
  "app.storageFailed":
    "Le stockage de cet appareil ne répond pas. Fermez les autres onglets de Skillfolio puis rechargez la page.",
  "app.update.available": "Une nouvelle version est disponible.",
  "app.update.reload": "Recharger",
  "app.offlineReady": "L’application fonctionne maintenant hors connexion.",
  "app.notFound.title": "Page introuvable",
  "app.notFound.body": "Cette adresse ne correspond à aucune page de Skillfolio.",
  "app.notFound.back": "Retour à l’accueil",

  "status.online": "En ligne",
  "status.offline": "Hors ligne",
  "status.offlineCachedUser": "Vous êtes hors ligne : les informations affichées datent du {date}.",

  "language.label": "Langue",
  "language.current": "Langue actuelle : {language}",
  "language.fr": "Français",
  "language.en": "English",

  "nav.label": "Navigation principale",
  "nav.experiences": "Expériences",
  "nav.competencies": "Compétences",
  "nav.proofs": "Preuves",
  "nav.cvs": "CV",
  "nav.sharing": "Partage",
  "nav.account": "Compte",
  "nav.caseload": "Portfolios partagés",
  "nav.unreadComments": {
    one: "{count} commentaire non lu",
    other: "{count} commentaires non lus",
  },

  "section.experiences.title": "Expériences",
  "section.competencies.title": "Compétences",
  "section.proofs.title": "Preuves",
  "section.cvs.title": "CV",
  "section.sharing.title": "Partage",

  "auth.email": "Adresse e-mail",
  "auth.password": "Mot de passe",
  "auth.passwordHint": "Au moins {min} caractères. Une phrase facile à retenir convient très bien.",
  "auth.displayName": "Nom affiché",
  "auth.displayNameHint":
    "Le nom que verront les personnes avec qui vous partagez votre portfolio.",
  "signIn.title": "Connexion",
  "signIn.intro": "Connectez-vous pour retrouver votre portfolio.",
  "signIn.submit": "Se connecter",
  "signIn.pending": "Connexion…",
  "signIn.noAccount": "Pas encore de compte ?",
  "signIn.toSignUp": "Créer un compte",
  "signUp.title": "Créer un compte",
  "signUp.intro":
    "Un compte gratuit pour rassembler votre parcours, vos compétences et leurs preuves.",
  "signUp.submit": "Créer mon compte",
  "signUp.pending": "Création du compte…",
  "signUp.haveAccount": "Vous avez déjà un compte ?",
  "signUp.toSignIn": "Se connecter",

  "account.title": "Mon compte",
  "account.identity": "Identité",
  "account.email": "Adresse e-mail",
  "account.role": "Type de compte",
  "account.role.person": "Personne accompagnée",
  "account.role.adviser": "Conseiller ou conseillère",
  "account.role.admin": "Administration",
  "account.name.title": "Modifier le nom affiché",
  "account.name.submit": "Enregistrer le nom",
  "account.name.saved": "Votre nom a été enregistré.",
  "account.password.title": "Changer de mot de passe",
  "account.password.current": "Mot de passe actuel",
  "account.password.new": "Nouveau mot de passe",
  "account.password.submit": "Changer le mot de passe",
  "account.password.saved":
    "Votre mot de passe a été changé. Vos autres appareils sont déconnectés.",
  "account.language.title": "Langue de l’application",
  "account.language.submit": "Appliquer",
  "account.signOut.title": "Déconnexion",
  "account.signOut.explain":
    "Se déconnecter efface de cet appareil toutes les données de Skillfolio. L’application reste installée.",
  "account.signOut.submit": "Se déconnecter",
  "account.signOut.pending": "Déconnexion…",
  "account.signOut.unsynced": {
    one: "{count} modification faite sur cet appareil n’a pas encore été envoyée au serveur.",
    other:
      "{count} modifications faites sur cet appareil n’ont pas encore été envoyées au serveur.",
  },
  "account.signOut.unsyncedHint":
    "Pour les garder, reconnectez-vous à Internet et attendez « Synchronisé » avant de vous déconnecter.",
  "account.signOut.anyway": {
    one: "Se déconnecter quand même ({count} modification sera perdue)",
    other: "Se déconnecter quand même ({count} modifications seront perdues)",
  },
  "account.signOut.cancel": "Annuler",
  "form.saving": "Enregistrement…",

  "field.required": "Ce champ est obligatoire.",
  "field.emailInvalid": "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
  "field.tooLong": {
    one: "{count} caractère au maximum.",
    other: "{count} caractères au maximum.",
  },
  "field.passwordTooShort": {
    one: "Le mot de passe doit faire au moins {count} caractère.",
    other: "Le mot de passe doit faire au moins {count} caractères.",
  },
  "field.passwordTooLong": {
    one: "Le mot de passe doit faire au plus {count} caractère.",
    other: "Le mot de passe doit faire au plus {count} caractères.",
  },
  "field.invalid": "Cette valeur n’est pas acceptée.",
  "field.text.control":
    "Ce texte contient un caractère de contrôle invisible ({character}), sans doute venu d’un copier-coller : retapez-le au clavier.",
  "field.text.loneSurrogate":
    "Ce texte contient un caractère incomplet ({character}), souvent un émoji coupé par un copier-coller : retapez-le au clavier.",
  "field.text.bidiControl":
    "Ce champ contient un caractère invisible qui inverse le sens de lecture ({character}) : retapez-le au clavier.",
  "form.fixErrors": {
    one: "Corrigez le champ signalé.",
    other: "Corrigez les {count} champs signalés.",
  },

  "error.network":
    "Impossible de joindre le serveur. Vérifiez votre connexion Internet puis réessayez.",
  "error.unexpected": "Le serveur a répondu de façon inattendue. Réessayez dans un instant.",
  "error.invalid_json": "La demande envoyée est mal formée. Rechargez la page puis réessayez.",
  "error.invalid_input":
    "Certaines informations ne sont pas valides. Vérifiez les champs signalés.",
  "error.unsupported_media_type":
    "La demande envoyée n’a pas le bon format. Rechargez la page puis réessayez.",
  "error.payload_too_large": "Ce que vous envoyez est trop volumineux.",
  "error.forbidden_origin": "Cette demande vient d’un autre site et a été refusée.",
  "error.cross_site": "Ouvert depuis un lien d’un autre site : ouvrez-le plutôt depuis Skillfolio.",
  "error.not_found": "Ce que vous cherchez n’existe pas ou plus.",
  "error.method_not_allowed": "Cette action n’est pas possible ici.",
  "error.unauthenticated": "Votre session a expiré. Connectez-vous à nouveau.",
  "error.forbidden": "Vous n’avez pas accès à cette information.",
  "error.email_taken": "Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.",
  "error.weak_password":
    "Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.",
  "error.invalid_credentials": "Adresse e-mail ou mot de passe incorrect.",
  "error.currentPasswordWrong": "Le mot de passe actuel est incorrect.",
  "error.rate_limited": "Trop de tentatives. Réessayez plus tard.",
  "error.rate_limited.wait": {
    one: "Trop de tentatives. Réessayez dans {count} minute.",
    other: "Trop de tentatives. Réessayez dans {count} minutes.",
  },
  "error.hash_mismatch": "Le fichier est arrivé abîmé. Il sera renvoyé automatiquement.",
  "error.second_factor_required":
    "Saisissez le code à six chiffres de votre application d’authentification.",
  "error.invalid_second_factor": "Ce code n’est pas valide ou a déjà servi. Réessayez.",
  "error.second_factor_enrolment_required":
    "Activez la double authentification avant de consulter les portfolios partagés.",
  "error.second_factor_not_set_up": "Commencez par configurer la double authentification.",
  "error.second_factor_already_enabled": "La double authentification est déjà activée.",
  "error.enrolment_code_required":
    "Saisissez le code d’activation que votre administrateur vous a remis.",
  "error.enrolment_code_invalid":
    "Ce code d’activation n’est pas le bon. Vérifiez-le, ou demandez-en un nouveau à votre administrateur.",
  "error.enrolment_code_expired":
    "Ce code d’activation a expiré (il vaut 72 heures). Demandez-en un nouveau à votre administrateur.",
  "error.enrolment_code_used":
    "Ce code d’activation a déjà servi. Demandez-en un nouveau à votre administrateur.",
  "error.adviser_not_found": "Aucun compte de conseiller n’existe avec cette adresse e-mail.",
  "error.not_an_adviser":
    "Cette adresse n’est pas celle d’un conseiller. Vous ne pouvez partager qu’avec un conseiller.",
  "error.share_with_self": "Vous ne pouvez pas partager votre portfolio avec vous-même.",
  "error.share_exists": "Ce conseiller a déjà accès à ce contenu. Révoquez d’abord ce partage.",
  "error.invalid_expiry": "Choisissez une date de fin dans le futur, au plus tard dans 12 mois.",
  "error.suggestion_not_open": "Cette suggestion a déjà été acceptée ou refusée.",
  "error.internal": "Le serveur a rencontré un problème. Réessayez dans un instant.",
} as const satisfies Record<string, Message>;
