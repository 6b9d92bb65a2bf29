import { entryMaker } from "./define";

const soft = entryMaker({ codePrefix: "sf.soft", category: "soft-skill" });

/** Transversal skills an employer asks about whatever the job. */
export const softSkills = [
  soft(
    "communication",
    ["Communication orale", "communication", "s'exprimer à l'oral", "expression orale"],
    ["Oral communication", "communication", "speaking skills"],
    {
      fr: "Expliquer clairement, écouter et se faire comprendre.",
      en: "Explaining clearly, listening and being understood.",
    },
  ),
  soft(
    "written-communication",
    ["Communication écrite", "expression écrite", "rédaction", "rédiger"],
    ["Written communication", "writing skills"],
    {
      fr: "Écrire des messages, des comptes rendus, des courriers clairs.",
      en: "Writing clear messages, reports and letters.",
    },
  ),
  soft(
    "teamwork",
    [
      "Travail en équipe",
      "esprit d'équipe",
      "travailler en équipe",
      "collaboration",
      "coopération",
    ],
    ["Teamwork", "team spirit", "working in a team", "collaboration", "team player"],
    {
      fr: "Travailler avec les autres vers un même but, s'entraider.",
      en: "Working with others towards a shared goal, helping each other.",
    },
  ),
  soft(
    "punctuality",
    ["Ponctualité", "être à l'heure", "assiduité", "respect des horaires"],
    ["Punctuality", "being on time", "timekeeping", "reliability of attendance"],
    {
      fr: "Arriver à l'heure et respecter les horaires prévus.",
      en: "Arriving on time and keeping to the agreed hours.",
    },
  ),
  soft(
    "adaptability",
    ["Adaptabilité", "capacité d'adaptation", "s'adapter", "flexibilité", "polyvalence"],
    ["Adaptability", "flexibility", "adapting to change", "versatility"],
    {
      fr: "S'ajuster quand les consignes, les lieux ou les outils changent.",
      en: "Adjusting when instructions, places or tools change.",
    },
  ),
  soft(
    "autonomy",
    ["Autonomie", "travailler seul", "indépendance"],
    ["Autonomy", "working independently", "self-reliance"],
    {
      fr: "Mener une tâche sans qu'on ait besoin de vous guider à chaque étape.",
      en: "Carrying out a task without needing guidance at every step.",
    },
  ),
  soft(
    "customer-relations",
    [
      "Relation client",
      "accueil du public",
      "sens du service",
      "service client",
      "relationnel client",
    ],
    ["Customer relations", "customer service", "dealing with the public", "service mindset"],
    {
      fr: "Accueillir, conseiller et répondre aux demandes des clients ou usagers.",
      en: "Welcoming, advising and answering customers or service users.",
    },
  ),
  soft(
    "organisation",
    ["Organisation", "sens de l'organisation", "planification", "gestion des priorités"],
    ["Organisation", "organization", "organisational skills", "planning", "prioritising"],
    {
      fr: "Préparer son travail, prévoir les étapes et tenir les délais.",
      en: "Preparing your work, planning the steps and meeting deadlines.",
    },
  ),
  soft(
    "problem-solving",
    ["Résolution de problèmes", "résoudre un problème", "trouver des solutions", "débrouillardise"],
    ["Problem solving", "solving problems", "finding solutions", "resourcefulness"],
    {
      fr: "Comprendre ce qui ne va pas et trouver une solution qui marche.",
      en: "Understanding what is wrong and finding a solution that works.",
    },
  ),
  soft(
    "stress-management",
    ["Gestion du stress", "résistance au stress", "garder son calme", "sang-froid"],
    ["Stress management", "coping with pressure", "staying calm", "working under pressure"],
    {
      fr: "Rester calme et efficace quand il y a de la pression.",
      en: "Staying calm and effective under pressure.",
    },
  ),
  soft(
    "initiative",
    ["Prise d'initiative", "initiative", "esprit d'initiative", "proactivité"],
    ["Initiative", "taking the initiative", "proactivity", "self-starter"],
    {
      fr: "Agir sans attendre qu'on le demande quand c'est utile.",
      en: "Acting without being asked when it helps.",
    },
  ),
  soft(
    "rigour",
    ["Rigueur", "minutie", "précision", "souci du détail", "sérieux"],
    ["Rigour", "rigor", "attention to detail", "thoroughness", "accuracy"],
    {
      fr: "Travailler avec soin et précision, vérifier ce qu'on fait.",
      en: "Working carefully and precisely, checking your work.",
    },
  ),
  soft(
    "reliability",
    ["Fiabilité", "sens des responsabilités", "être fiable", "conscience professionnelle"],
    ["Reliability", "dependability", "sense of responsibility", "conscientiousness"],
    {
      fr: "Tenir ses engagements : on peut compter sur vous.",
      en: "Keeping your commitments: people can count on you.",
    },
  ),
  soft(
    "listening",
    ["Écoute", "sens de l'écoute", "écoute active", "attention aux autres"],
    ["Listening", "active listening", "attentiveness"],
    {
      fr: "Prêter attention à ce que disent les autres et le reformuler.",
      en: "Paying attention to what others say and checking you understood.",
    },
  ),
  soft(
    "empathy",
    ["Empathie", "bienveillance", "sens de l'humain", "patience"],
    ["Empathy", "kindness", "caring attitude", "patience"],
    {
      fr: "Comprendre ce que ressent l'autre et en tenir compte.",
      en: "Understanding how others feel and taking it into account.",
    },
  ),
  soft(
    "conflict-management",
    ["Gestion des conflits", "médiation", "désamorcer un conflit", "gérer les tensions"],
    ["Conflict management", "conflict resolution", "mediation", "de-escalation"],
    {
      fr: "Calmer un désaccord et trouver un terrain d'entente.",
      en: "Calming a disagreement and finding common ground.",
    },
  ),
  soft(
    "time-management",
    ["Gestion du temps", "respect des délais", "efficacité"],
    ["Time management", "meeting deadlines", "efficiency"],
    {
      fr: "Faire ce qu'il faut dans le temps prévu.",
      en: "Getting things done in the time available.",
    },
  ),
  soft(
    "learning",
    ["Capacité d'apprentissage", "apprendre vite", "curiosité", "envie d'apprendre"],
    ["Willingness to learn", "quick learner", "curiosity", "learning ability"],
    {
      fr: "Apprendre de nouvelles choses et progresser.",
      en: "Learning new things and improving.",
    },
  ),
  soft(
    "motivation",
    ["Motivation", "dynamisme", "implication", "engagement", "volonté"],
    ["Motivation", "drive", "commitment", "enthusiasm", "dedication"],
    {
      fr: "Avoir envie de bien faire et s'investir dans son travail.",
      en: "Wanting to do well and putting effort into your work.",
    },
  ),
  soft(
    "perseverance",
    ["Persévérance", "ténacité", "ne pas lâcher", "endurance"],
    ["Perseverance", "tenacity", "persistence", "stamina"],
    { fr: "Continuer malgré les difficultés.", en: "Keeping going despite difficulties." },
  ),
  soft(
    "leadership",
    ["Leadership", "encadrer une équipe", "animer une équipe", "management d'équipe", "manager"],
    ["Leadership", "leading a team", "team management", "supervising staff"],
    {
      fr: "Guider et motiver un groupe, répartir le travail.",
      en: "Guiding and motivating a group, sharing out the work.",
    },
  ),
  soft(
    "decision-making",
    ["Prise de décision", "décider", "esprit de décision"],
    ["Decision making", "making decisions", "decisiveness"],
    {
      fr: "Choisir une solution au bon moment et l'assumer.",
      en: "Choosing a course of action at the right time and owning it.",
    },
  ),
  soft(
    "creativity",
    ["Créativité", "imagination", "innovation", "esprit créatif"],
    ["Creativity", "imagination", "innovation", "creative thinking"],
    {
      fr: "Avoir des idées nouvelles et les mettre en œuvre.",
      en: "Coming up with new ideas and putting them into practice.",
    },
  ),
  soft(
    "critical-thinking",
    ["Esprit critique", "analyse", "sens de l'analyse", "prendre du recul"],
    ["Critical thinking", "analytical skills", "analysis"],
    {
      fr: "Vérifier les informations et réfléchir avant de conclure.",
      en: "Checking information and thinking before concluding.",
    },
  ),
  soft(
    "safety-awareness",
    [
      "Respect des règles de sécurité",
      "sécurité au travail",
      "prévention des risques",
      "vigilance",
    ],
    [
      "Health and safety awareness",
      "workplace safety",
      "risk prevention",
      "following safety rules",
    ],
    {
      fr: "Appliquer les consignes de sécurité pour soi et pour les autres.",
      en: "Following safety rules for yourself and others.",
    },
  ),
  soft(
    "hygiene",
    ["Respect des règles d'hygiène", "hygiène", "propreté", "HACCP"],
    ["Hygiene standards", "hygiene", "cleanliness", "HACCP"],
    {
      fr: "Garder son poste propre et appliquer les règles d'hygiène.",
      en: "Keeping your workstation clean and following hygiene rules.",
    },
  ),
  soft(
    "instructions",
    ["Respect des consignes", "suivre les consignes", "appliquer des procédures", "discipline"],
    ["Following instructions", "following procedures", "compliance", "discipline"],
    {
      fr: "Comprendre et appliquer les consignes données.",
      en: "Understanding and applying the instructions given.",
    },
  ),
  soft(
    "discretion",
    ["Discrétion", "confidentialité", "secret professionnel"],
    ["Discretion", "confidentiality", "professional secrecy"],
    {
      fr: "Garder pour soi les informations privées ou confidentielles.",
      en: "Keeping private or confidential information to yourself.",
    },
  ),
  soft(
    "presentation",
    ["Présentation soignée", "savoir-être", "politesse", "courtoisie", "tenue correcte"],
    ["Professional appearance", "good manners", "politeness", "courtesy"],
    {
      fr: "Avoir une tenue et une attitude adaptées au travail.",
      en: "Dressing and behaving appropriately for work.",
    },
  ),
  soft(
    "negotiation",
    ["Négociation", "sens de la négociation", "argumentation", "persuasion"],
    ["Negotiation", "negotiating", "persuasion", "arguing a case"],
    {
      fr: "Défendre un point de vue et arriver à un accord.",
      en: "Making your case and reaching an agreement.",
    },
  ),
  soft(
    "physical-endurance",
    ["Résistance physique", "endurance physique", "port de charges", "travail physique"],
    ["Physical stamina", "physical endurance", "carrying loads", "manual work"],
    {
      fr: "Tenir un travail physique dans la durée (station debout, charges, extérieur).",
      en: "Coping with physical work over time (standing, loads, outdoors).",
    },
  ),
  soft(
    "dexterity",
    ["Habileté manuelle", "dextérité", "minutie manuelle", "travail manuel"],
    ["Manual dexterity", "dexterity", "good with your hands", "hand skills"],
    {
      fr: "Faire des gestes précis avec les mains.",
      en: "Making precise movements with your hands.",
    },
  ),
  soft(
    "observation",
    ["Sens de l'observation", "observation", "attention"],
    ["Observation skills", "observation", "attentiveness to detail"],
    {
      fr: "Remarquer ce qui change ou ce qui ne va pas.",
      en: "Noticing what changes or what is wrong.",
    },
  ),
  soft(
    "intercultural",
    ["Ouverture interculturelle", "ouverture d'esprit", "tolérance", "respect de la diversité"],
    ["Intercultural awareness", "open-mindedness", "tolerance", "respect for diversity"],
    {
      fr: "Travailler avec des personnes d'autres cultures et les respecter.",
      en: "Working with and respecting people from other cultures.",
    },
  ),
  soft(
    "mobility",
    ["Mobilité", "disponibilité", "horaires décalés", "déplacements"],
    ["Mobility", "availability", "shift work", "willingness to travel"],
    {
      fr: "Accepter des horaires variables ou des déplacements.",
      en: "Accepting varying hours or travel.",
    },
  ),
  soft(
    "transmission",
    ["Transmission de savoir-faire", "tutorat", "former un collègue", "pédagogie"],
    ["Passing on skills", "mentoring", "training a colleague", "coaching"],
    {
      fr: "Expliquer son métier et former quelqu'un.",
      en: "Explaining your trade and training someone.",
    },
  ),
  soft(
    "self-confidence",
    ["Confiance en soi", "assurance", "estime de soi"],
    ["Self-confidence", "self-assurance", "self-esteem"],
    {
      fr: "Croire en ses capacités et oser se lancer.",
      en: "Believing in your abilities and daring to try.",
    },
  ),
  soft(
    "numeracy",
    ["Calcul et raisonnement", "calcul", "compter", "raisonnement logique"],
    ["Numeracy", "arithmetic", "basic maths", "logical reasoning"],
    {
      fr: "Compter, mesurer, calculer des quantités ou des prix.",
      en: "Counting, measuring, working out quantities or prices.",
    },
  ),
  soft(
    "reading-writing",
    [
      "Lecture et écriture",
      "savoirs de base",
      "lire et écrire",
      "compréhension de consignes écrites",
    ],
    ["Literacy", "reading and writing", "basic skills", "understanding written instructions"],
    {
      fr: "Lire des documents de travail et écrire des messages simples.",
      en: "Reading work documents and writing simple messages.",
    },
  ),
  soft(
    "professional-ethics",
    ["Éthique professionnelle", "honnêteté", "intégrité", "loyauté"],
    ["Professional ethics", "honesty", "integrity", "loyalty"],
    {
      fr: "Agir honnêtement et respecter les règles du métier.",
      en: "Acting honestly and respecting the rules of the trade.",
    },
  ),
  soft(
    "environment-awareness",
    ["Sensibilité environnementale", "écogestes", "tri des déchets", "éco-responsabilité"],
    ["Environmental awareness", "eco-friendly practices", "waste sorting", "sustainability"],
    {
      fr: "Limiter le gaspillage, trier, économiser l'énergie au travail.",
      en: "Reducing waste, sorting rubbish and saving energy at work.",
    },
  ),
];
