import { entryMaker } from "./define";

const digcomp = entryMaker({ scheme: "digcomp", codePrefix: "digcomp", category: "digital" });

/**
 * The 21 competences of DigComp 2.2 (European Commission, JRC, 2022), with their official
 * numbering and English titles. French titles follow the French translation of the framework;
 * synonyms add the wording of the French CRCN / Pix where it covers the same ground, and
 * everyday words people type.
 */
export const digcompCompetences = [
  digcomp(
    "1.1",
    [
      "Naviguer, rechercher et filtrer des données, des informations et des contenus numériques",
      "mener une recherche et une veille d'information",
      "rechercher sur internet",
      "moteur de recherche",
    ],
    [
      "Browsing, searching and filtering data, information and digital content",
      "searching the internet",
      "web search",
      "search engine",
    ],
    {
      fr: "Trouver une information en ligne et trier les résultats.",
      en: "Finding information online and sorting through the results.",
    },
  ),
  digcomp(
    "1.2",
    [
      "Évaluer des données, des informations et des contenus numériques",
      "vérifier une information",
      "repérer les fausses informations",
      "esprit critique en ligne",
    ],
    ["Evaluating data, information and digital content", "fact-checking", "spotting fake news"],
    {
      fr: "Juger si une information en ligne est fiable.",
      en: "Judging whether online information can be trusted.",
    },
  ),
  digcomp(
    "1.3",
    [
      "Gérer des données, des informations et des contenus numériques",
      "gérer des données",
      "traiter des données",
      "classer ses fichiers",
      "tableur",
    ],
    [
      "Managing data, information and digital content",
      "managing data",
      "organising files",
      "spreadsheets",
    ],
    {
      fr: "Ranger, retrouver et organiser ses fichiers et ses données.",
      en: "Storing, finding and organising files and data.",
    },
  ),
  digcomp(
    "2.1",
    [
      "Interagir par le biais des technologies numériques",
      "interagir",
      "courriel",
      "e-mail",
      "messagerie",
      "visioconférence",
    ],
    ["Interacting through digital technologies", "email", "messaging", "video calls"],
    {
      fr: "Communiquer par e-mail, messagerie ou visio.",
      en: "Communicating by email, messaging or video call.",
    },
  ),
  digcomp(
    "2.2",
    [
      "Partager par le biais des technologies numériques",
      "partager et publier",
      "partager des fichiers",
      "publier en ligne",
    ],
    ["Sharing through digital technologies", "sharing files", "publishing online"],
    {
      fr: "Partager des documents et des informations en ligne.",
      en: "Sharing documents and information online.",
    },
  ),
  digcomp(
    "2.3",
    [
      "S'engager dans la citoyenneté par le biais des technologies numériques",
      "démarches administratives en ligne",
      "services publics en ligne",
      "e-administration",
    ],
    [
      "Engaging in citizenship through digital technologies",
      "online public services",
      "e-government",
    ],
    {
      fr: "Faire ses démarches en ligne et participer à la vie publique.",
      en: "Using online public services and taking part in public life.",
    },
  ),
  digcomp(
    "2.4",
    [
      "Collaborer par le biais des technologies numériques",
      "collaborer",
      "travail collaboratif en ligne",
      "outils collaboratifs",
      "documents partagés",
    ],
    [
      "Collaborating through digital technologies",
      "online collaboration",
      "collaborative tools",
      "shared documents",
    ],
    {
      fr: "Travailler à plusieurs sur un même document ou projet en ligne.",
      en: "Working with others on the same document or project online.",
    },
  ),
  digcomp(
    "2.5",
    ["Nétiquette", "savoir-vivre en ligne", "règles de communication en ligne"],
    ["Netiquette", "online etiquette", "online behaviour"],
    {
      fr: "Se comporter correctement en ligne, respecter les autres.",
      en: "Behaving properly online and respecting others.",
    },
  ),
  digcomp(
    "2.6",
    [
      "Gérer son identité numérique",
      "identité numérique",
      "e-réputation",
      "réseaux sociaux professionnels",
    ],
    [
      "Managing digital identity",
      "digital identity",
      "online reputation",
      "professional social networks",
    ],
    {
      fr: "Maîtriser ce que l'on montre de soi sur internet.",
      en: "Controlling what you show of yourself online.",
    },
  ),
  digcomp(
    "3.1",
    [
      "Développer des contenus numériques",
      "développer des documents textuels",
      "développer des documents multimédia",
      "traitement de texte",
      "créer un document",
    ],
    [
      "Developing digital content",
      "word processing",
      "creating documents",
      "creating multimedia content",
    ],
    {
      fr: "Créer des textes, des tableaux, des images ou des vidéos.",
      en: "Creating texts, tables, images or videos.",
    },
  ),
  digcomp(
    "3.2",
    [
      "Intégrer et réélaborer des contenus numériques",
      "adapter les documents à leur finalité",
      "modifier un document existant",
      "retoucher une image",
    ],
    [
      "Integrating and re-elaborating digital content",
      "editing existing content",
      "adapting documents",
    ],
    {
      fr: "Reprendre et modifier des contenus existants pour un nouvel usage.",
      en: "Reusing and changing existing content for a new purpose.",
    },
  ),
  digcomp(
    "3.3",
    [
      "Droits d'auteur et licences",
      "droit d'auteur",
      "licences libres",
      "Creative Commons",
      "propriété intellectuelle",
    ],
    [
      "Copyright and licences",
      "copyright",
      "licenses",
      "Creative Commons",
      "intellectual property",
    ],
    {
      fr: "Savoir ce qu'on a le droit de réutiliser et comment le citer.",
      en: "Knowing what you may reuse and how to credit it.",
    },
  ),
  digcomp(
    "3.4",
    ["Programmer", "programmation", "coder", "automatiser une tâche"],
    ["Programming", "coding", "automating a task"],
    {
      fr: "Écrire des instructions pour qu'un ordinateur fasse une tâche.",
      en: "Writing instructions for a computer to do a task.",
    },
  ),
  digcomp(
    "4.1",
    [
      "Protéger les appareils",
      "sécuriser l'environnement numérique",
      "antivirus",
      "mots de passe",
      "cybersécurité",
    ],
    ["Protecting devices", "antivirus", "passwords", "cybersecurity", "device security"],
    {
      fr: "Protéger son ordinateur et son téléphone (mots de passe, mises à jour, virus).",
      en: "Protecting your computer and phone (passwords, updates, viruses).",
    },
  ),
  digcomp(
    "4.2",
    [
      "Protéger les données personnelles et la vie privée",
      "données personnelles",
      "vie privée",
      "RGPD",
    ],
    ["Protecting personal data and privacy", "personal data", "privacy", "GDPR"],
    {
      fr: "Contrôler qui voit ses données et repérer les arnaques.",
      en: "Controlling who sees your data and spotting scams.",
    },
  ),
  digcomp(
    "4.3",
    [
      "Protéger la santé et le bien-être",
      "usage raisonné des écrans",
      "cyberharcèlement",
      "bien-être numérique",
    ],
    ["Protecting health and well-being", "screen time", "cyberbullying", "digital well-being"],
    {
      fr: "Éviter les effets néfastes des écrans et du harcèlement en ligne.",
      en: "Avoiding the harmful effects of screens and online harassment.",
    },
  ),
  digcomp(
    "4.4",
    [
      "Protéger l'environnement",
      "sobriété numérique",
      "numérique responsable",
      "impact environnemental du numérique",
    ],
    [
      "Protecting the environment",
      "digital sobriety",
      "sustainable IT",
      "environmental impact of digital technology",
    ],
    {
      fr: "Réduire l'impact du numérique sur l'environnement.",
      en: "Reducing the environmental impact of digital technology.",
    },
  ),
  digcomp(
    "5.1",
    [
      "Résoudre des problèmes techniques",
      "dépannage informatique",
      "résoudre une panne",
      "installer un logiciel",
    ],
    [
      "Solving technical problems",
      "troubleshooting",
      "fixing computer problems",
      "installing software",
    ],
    {
      fr: "Trouver et régler un problème sur un appareil ou un logiciel.",
      en: "Finding and fixing a problem with a device or software.",
    },
  ),
  digcomp(
    "5.2",
    [
      "Identifier des besoins et des réponses technologiques",
      "construire un environnement numérique",
      "choisir un outil numérique",
      "paramétrer ses outils",
    ],
    [
      "Identifying needs and technological responses",
      "choosing digital tools",
      "setting up your tools",
    ],
    {
      fr: "Choisir et régler l'outil numérique adapté à un besoin.",
      en: "Choosing and setting up the right digital tool for a need.",
    },
  ),
  digcomp(
    "5.3",
    [
      "Utiliser les technologies numériques de manière créative",
      "innover avec le numérique",
      "usage créatif du numérique",
    ],
    ["Creatively using digital technologies", "digital innovation", "creative use of technology"],
    {
      fr: "Se servir du numérique pour inventer ou améliorer une façon de faire.",
      en: "Using digital technology to invent or improve a way of working.",
    },
  ),
  digcomp(
    "5.4",
    [
      "Identifier les lacunes en matière de compétences numériques",
      "se former au numérique",
      "autoformation en ligne",
      "progresser en numérique",
    ],
    ["Identifying digital competence gaps", "digital upskilling", "online self-training"],
    {
      fr: "Savoir ce qu'il vous manque en numérique et vous former.",
      en: "Knowing what you lack in digital skills and learning it.",
    },
  ),
];
