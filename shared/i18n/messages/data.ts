import { defineMessages } from "../define";

/** Messages of the "my data" screen: export, import and their problems (French first). */
export const dataMessages = defineMessages(
  {
    "data.title": "Mes données",
    "data.intro":
      "Emportez tout votre portfolio dans un fichier, ou ajoutez-y ce que vous avez ailleurs (LinkedIn, JSON Resume, un autre compte Skillfolio).",
    "data.link": "Mes données",
    "data.linkHint": "Télécharger toutes vos données, exporter en JSON Resume, importer.",

    "data.export.title": "Exporter",
    "data.export.zipHint":
      "Un fichier .zip avec toutes vos fiches et les fichiers de vos preuves. Il se réimporte sans perte, dans ce compte ou un autre.",
    "data.export.zip": "Télécharger toutes mes données",
    "data.export.resumeHint":
      "Le format JSON Resume, lu par de nombreux outils de CV (sans les fichiers des preuves).",
    "data.export.resume": "Exporter en JSON Resume",
    "data.export.pending": "Préparation du fichier…",
    "data.export.ready": "{file} est prêt ({size}).",
    "data.export.missing": {
      one: "{count} fichier n’est pas sur cet appareil et manque dans l’export : reconnectez-vous à Internet puis recommencez.",
      other:
        "{count} fichiers ne sont pas sur cet appareil et manquent dans l’export : reconnectez-vous à Internet puis recommencez.",
    },
    "data.export.failed": "Le fichier n’a pas pu être préparé. Réessayez.",
    "data.export.noAccount":
      "Sans connexion, l’export ne contient pas vos partages, les commentaires de vos conseillers ni le journal des accès, gardés sur le serveur. Recommencez une fois connecté pour les avoir aussi.",

    "data.import.title": "Importer",
    "data.import.hint":
      "Un export Skillfolio (.zip), un fichier JSON Resume (.json) ou l’archive « Obtenir une copie de vos données » de LinkedIn (.zip). Vous verrez un aperçu avant que rien ne soit ajouté.",
    "data.import.choose": "Choisir un fichier",
    "data.import.reading": "Lecture de {file}…",
    "data.import.applying": "Import en cours…",
    "data.import.done": {
      one: "Import terminé : {count} fiche ajoutée.",
      other: "Import terminé : {count} fiches ajoutées.",
    },
    "data.import.profileDone": {
      one: "{count} champ de votre profil a été complété.",
      other: "{count} champs de votre profil ont été complétés.",
    },
    "data.import.failed": "L’import n’a pas pu être enregistré. Rien n’a été modifié.",
    "data.import.another": "Importer un autre fichier",

    "data.source.skillfolio": "export Skillfolio",
    "data.source.json-resume": "JSON Resume",
    "data.source.linkedin": "export LinkedIn",

    "data.preview.title": "Aperçu de l’import",
    "data.preview.file": "{file} ({source})",
    "data.preview.add": "À ajouter",
    "data.preview.add.experience": {
      one: "{count} expérience",
      other: "{count} expériences",
    },
    "data.preview.add.competency": {
      one: "{count} compétence",
      other: "{count} compétences",
    },
    "data.preview.add.proof": { one: "{count} preuve", other: "{count} preuves" },
    "data.preview.add.cv": { one: "{count} CV", other: "{count} CV" },
    "data.preview.profile": {
      one: "{count} champ vide de votre profil sera complété (rien n’est remplacé).",
      other: "{count} champs vides de votre profil seront complétés (rien n’est remplacé).",
    },
    "data.preview.nothing":
      "Rien de nouveau : tout ce que contient ce fichier est déjà dans votre portfolio.",
    "data.preview.skipped": {
      one: "{count} élément déjà présent, non ajouté",
      other: "{count} éléments déjà présents, non ajoutés",
    },
    "data.preview.unreadable": {
      one: "{count} élément illisible, non ajouté",
      other: "{count} éléments illisibles, non ajoutés",
    },
    "data.preview.cleaned": {
      one: "{count} texte nettoyé : des caractères invisibles ou abîmés ont été retirés",
      other: "{count} textes nettoyés : des caractères invisibles ou abîmés ont été retirés",
    },
    "data.cleaned.removed": {
      one: "{count} caractère retiré ({characters})",
      other: "{count} caractères retirés ({characters})",
    },
    "data.cleaned.spaced": {
      one: "{count} retour à la ligne ou tabulation remplacé par une espace",
      other: "{count} retours à la ligne ou tabulations remplacés par des espaces",
    },
    "data.cleaned.line": "{field}, ligne {number}",
    "data.preview.confirm": "Importer",
    "data.preview.cancel": "Annuler",
    "data.preview.cancelled": "Import annulé : rien n’a été ajouté.",

    "data.table.experience": "Expérience",
    "data.table.competency": "Compétence",
    "data.table.proof": "Preuve",
    "data.table.cv": "CV",
    "data.table.profile": "Profil",

    "data.unreadable.invalid-record": "une donnée manque ou n’est pas valable",
    "data.unreadable.missing-title": "sans titre",
    "data.unreadable.file-missing": "son fichier n’est pas dans l’export",
    "data.unreadable.file-mismatch": "son fichier est abîmé (il ne correspond pas à son empreinte)",
    "data.unreadable.file-wrong-type": "son fichier n’est ni un PDF ni une image JPEG, PNG ou WebP",

    "data.problem.too-big": "Ce fichier fait plus de 50 Mo : il ne peut pas être importé.",
    "data.problem.empty": "Ce fichier est vide.",
    "data.problem.unsupported":
      "Ce fichier n’est ni un export Skillfolio, ni un JSON Resume, ni un export LinkedIn.",
    "data.problem.not-zip": "Ce fichier n’est pas un vrai fichier .zip.",
    "data.problem.truncated-zip":
      "Ce fichier .zip est incomplet ou abîmé (téléchargement interrompu ?). Téléchargez-le à nouveau.",
    "data.problem.zip-bomb":
      "Ce fichier .zip décompressé dépasserait la taille permise (200 Mo au total, 20 Mo par fichier) : il n’a pas été ouvert.",
    "data.problem.too-many-entries":
      "Ce fichier .zip contient trop de fichiers pour être un export.",
    "data.problem.unknown-zip":
      "Ce fichier .zip n’est ni un export Skillfolio ni un export LinkedIn (aucun fichier attendu dedans).",
    "data.problem.not-json": "Ce fichier JSON est abîmé ou incomplet.",
    "data.problem.wrong-format": "Cet export Skillfolio est abîmé : son contenu n’est pas lisible.",
    "data.problem.newer-version":
      "Cet export vient d’une version plus récente de Skillfolio. Mettez l’application à jour puis recommencez.",
    "data.problem.not-json-resume":
      "Ce fichier JSON n’a pas la forme d’un JSON Resume (basics, work, education, skills…).",
    "data.problem.unreadable": "Ce fichier n’a pas pu être lu.",
  },
  {
    "data.title": "My data",
    "data.intro":
      "Take your whole portfolio with you in one file, or add what you have elsewhere (LinkedIn, JSON Resume, another Skillfolio account).",
    "data.link": "My data",
    "data.linkHint": "Download all your data, export as JSON Resume, import.",

    "data.export.title": "Export",
    "data.export.zipHint":
      "A .zip file with all your records and the files of your proofs. It imports back without loss, into this account or another.",
    "data.export.zip": "Download all my data",
    "data.export.resumeHint":
      "The JSON Resume format, read by many CV tools (without the files of your proofs).",
    "data.export.resume": "Export as JSON Resume",
    "data.export.pending": "Preparing the file…",
    "data.export.ready": "{file} is ready ({size}).",
    "data.export.missing": {
      one: "{count} file is not on this device and is missing from the export: go back online and try again.",
      other:
        "{count} files are not on this device and are missing from the export: go back online and try again.",
    },
    "data.export.failed": "The file could not be prepared. Try again.",
    "data.export.noAccount":
      "Offline, the export does not hold your shares, your advisers' comments or the access log, which the server keeps. Export again once online to have them too.",

    "data.import.title": "Import",
    "data.import.hint":
      "A Skillfolio export (.zip), a JSON Resume file (.json) or LinkedIn's “Get a copy of your data” archive (.zip). You will see a preview before anything is added.",
    "data.import.choose": "Choose a file",
    "data.import.reading": "Reading {file}…",
    "data.import.applying": "Importing…",
    "data.import.done": {
      one: "Import done: {count} record added.",
      other: "Import done: {count} records added.",
    },
    "data.import.profileDone": {
      one: "{count} field of your profile was filled in.",
      other: "{count} fields of your profile were filled in.",
    },
    "data.import.failed": "The import could not be saved. Nothing was changed.",
    "data.import.another": "Import another file",

    "data.source.skillfolio": "Skillfolio export",
    "data.source.json-resume": "JSON Resume",
    "data.source.linkedin": "LinkedIn export",

    "data.preview.title": "Import preview",
    "data.preview.file": "{file} ({source})",
    "data.preview.add": "To add",
    "data.preview.add.experience": { one: "{count} experience", other: "{count} experiences" },
    "data.preview.add.competency": { one: "{count} competency", other: "{count} competencies" },
    "data.preview.add.proof": { one: "{count} proof", other: "{count} proofs" },
    "data.preview.add.cv": { one: "{count} CV", other: "{count} CVs" },
    "data.preview.profile": {
      one: "{count} empty field of your profile will be filled in (nothing is replaced).",
      other: "{count} empty fields of your profile will be filled in (nothing is replaced).",
    },
    "data.preview.nothing": "Nothing new: everything in this file is already in your portfolio.",
    "data.preview.skipped": {
      one: "{count} item already there, not added",
      other: "{count} items already there, not added",
    },
    "data.preview.unreadable": {
      one: "{count} unreadable item, not added",
      other: "{count} unreadable items, not added",
    },
    "data.preview.cleaned": {
      one: "{count} text cleaned: invisible or broken characters were removed",
      other: "{count} texts cleaned: invisible or broken characters were removed",
    },
    "data.cleaned.removed": {
      one: "{count} character removed ({characters})",
      other: "{count} characters removed ({characters})",
    },
    "data.cleaned.spaced": {
      one: "{count} line break or tab made a space",
      other: "{count} line breaks or tabs made spaces",
    },
    "data.cleaned.line": "{field}, line {number}",
    "data.preview.confirm": "Import",
    "data.preview.cancel": "Cancel",
    "data.preview.cancelled": "Import cancelled: nothing was added.",

    "data.table.experience": "Experience",
    "data.table.competency": "Competency",
    "data.table.proof": "Proof",
    "data.table.cv": "CV",
    "data.table.profile": "Profile",

    "data.unreadable.invalid-record": "something is missing or not valid",
    "data.unreadable.missing-title": "no title",
    "data.unreadable.file-missing": "its file is not in the export",
    "data.unreadable.file-mismatch": "its file is damaged (it does not match its fingerprint)",
    "data.unreadable.file-wrong-type": "its file is not a PDF or a JPEG, PNG or WebP image",

    "data.problem.too-big": "This file is over 50 MB: it cannot be imported.",
    "data.problem.empty": "This file is empty.",
    "data.problem.unsupported":
      "This file is not a Skillfolio export, a JSON Resume or a LinkedIn export.",
    "data.problem.not-zip": "This file is not a real .zip file.",
    "data.problem.truncated-zip":
      "This .zip file is incomplete or damaged (an interrupted download?). Download it again.",
    "data.problem.zip-bomb":
      "Unpacked, this .zip file would exceed the allowed size (200 MB in all, 20 MB per file): it was not opened.",
    "data.problem.too-many-entries": "This .zip file holds too many files to be an export.",
    "data.problem.unknown-zip":
      "This .zip file is neither a Skillfolio export nor a LinkedIn export (none of the expected files are in it).",
    "data.problem.not-json": "This JSON file is damaged or incomplete.",
    "data.problem.wrong-format": "This Skillfolio export is damaged: its content cannot be read.",
    "data.problem.newer-version":
      "This export comes from a newer version of Skillfolio. Update the app and try again.",
    "data.problem.not-json-resume":
      "This JSON file does not have the shape of a JSON Resume (basics, work, education, skills…).",
    "data.problem.unreadable": "This file could not be read.",
  },
);
