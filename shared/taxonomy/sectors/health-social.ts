import { entryMaker } from "../define";

const skill = entryMaker({
  codePrefix: "sf.health",
  category: "know-how",
  sector: "health-social",
});

/** Health, care and social work: personal care, older and disabled people, early childhood. */
export const healthSocialKnowHow = [
  skill(
    "personal-hygiene-care",
    ["Aide à la toilette", "toilette", "soins d'hygiène", "aide à l'habillage"],
    ["Help with washing", "personal care", "bathing assistance", "help with dressing"],
  ),
  skill(
    "elderly-support",
    [
      "Accompagnement de personnes âgées",
      "aide à domicile",
      "auxiliaire de vie",
      "maintien à domicile",
      "personnes âgées dépendantes",
    ],
    ["Supporting older people", "home care", "care assistant", "elderly care", "home help"],
  ),
  skill(
    "disability-support",
    [
      "Accompagnement de personnes en situation de handicap",
      "handicap",
      "accompagnant éducatif et social",
      "AES",
      "AESH",
    ],
    [
      "Supporting people with disabilities",
      "disability support",
      "support worker",
      "special needs assistant",
    ],
  ),
  skill(
    "meal-assistance",
    ["Aide aux repas", "aide à la prise des repas", "préparation de repas", "portage de repas"],
    ["Mealtime assistance", "help with eating", "meal preparation", "meals on wheels"],
  ),
  skill(
    "mobility-assistance",
    [
      "Aide à la mobilité et aux transferts",
      "transferts",
      "lève-personne",
      "manutention de personnes",
      "aide au lever",
    ],
    [
      "Mobility and transfer assistance",
      "patient transfers",
      "hoist",
      "moving and handling people",
    ],
  ),
  skill(
    "care-assistant",
    [
      "Soins d'aide-soignant",
      "aide-soignant",
      "aide-soignante",
      "prise des constantes",
      "soins de confort",
    ],
    [
      "Nursing assistant care",
      "healthcare assistant",
      "nursing auxiliary",
      "taking vital signs",
      "comfort care",
    ],
  ),
  skill(
    "hospital-cleaning",
    ["Bionettoyage", "agent de service hospitalier", "ASH", "hygiène hospitalière", "désinfection"],
    ["Hospital cleaning", "hospital housekeeping", "infection control cleaning", "disinfection"],
  ),
  skill(
    "early-childhood",
    ["Petite enfance", "garde d'enfants", "auxiliaire de puériculture", "CAP AEPE", "crèche"],
    ["Early childhood care", "childcare", "nursery assistant", "day nursery"],
  ),
  skill(
    "child-minding",
    ["Assistant maternel", "assistante maternelle", "nounou", "garde à domicile d'enfants"],
    ["Childminding", "childminder", "nanny", "babysitting"],
  ),
  skill(
    "child-activities",
    [
      "Animation d'activités pour enfants",
      "animateur",
      "BAFA",
      "centre de loisirs",
      "périscolaire",
    ],
    ["Running children's activities", "youth worker", "holiday club", "after-school club"],
  ),
  skill(
    "social-support",
    ["Accompagnement social", "travailleur social", "suivi social", "accès aux droits"],
    ["Social support", "social work", "casework", "helping people claim their rights"],
  ),
  skill(
    "listening-support",
    ["Écoute et soutien psychologique de base", "soutien moral", "écoute bienveillante"],
    ["Basic emotional support", "emotional support", "befriending"],
  ),
  skill(
    "first-aid",
    ["Premiers secours", "PSC1", "SST", "sauveteur secouriste du travail", "gestes qui sauvent"],
    ["First aid", "first aider", "workplace first aid", "life-saving skills"],
  ),
  skill(
    "medication-help",
    ["Aide à la prise de médicaments", "distribution des médicaments", "pilulier"],
    ["Help with medication", "medication prompting", "pill organiser"],
  ),
  skill(
    "dementia-care",
    [
      "Accompagnement des personnes atteintes de troubles cognitifs",
      "maladie d'Alzheimer",
      "troubles cognitifs",
      "démence",
    ],
    ["Dementia care", "Alzheimer's care", "cognitive impairment support"],
  ),
  skill(
    "end-of-life",
    ["Accompagnement de fin de vie", "soins palliatifs"],
    ["End-of-life care", "palliative care"],
  ),
  skill(
    "home-help",
    ["Entretien du logement", "aide ménagère", "ménage à domicile", "repassage"],
    ["Housekeeping at home", "domestic help", "home cleaning", "ironing"],
  ),
  skill(
    "care-records",
    ["Transmissions et dossier de soins", "transmissions", "cahier de liaison", "dossier de soins"],
    ["Care records and handovers", "handover notes", "care plan", "care notes"],
  ),
  skill(
    "nursing",
    ["Soins infirmiers", "infirmier", "infirmière", "pansements", "injections"],
    ["Nursing care", "nurse", "wound dressing", "injections"],
  ),
  skill(
    "medical-reception",
    [
      "Secrétariat médical",
      "accueil en cabinet médical",
      "prise de rendez-vous",
      "secrétaire médicale",
    ],
    ["Medical reception", "medical secretary", "booking appointments", "practice receptionist"],
  ),
  skill(
    "patient-transport",
    ["Transport de patients", "ambulancier", "auxiliaire ambulancier", "brancardage"],
    ["Patient transport", "ambulance driver", "patient porter", "stretcher bearer"],
  ),
  skill(
    "pharmacy",
    [
      "Préparation en pharmacie",
      "préparateur en pharmacie",
      "délivrance de médicaments",
      "conseil en officine",
    ],
    ["Pharmacy assistance", "pharmacy technician", "dispensing", "pharmacy counter advice"],
  ),
  skill(
    "activity-leading-elderly",
    ["Animation auprès des personnes âgées", "animation en EHPAD", "ateliers mémoire"],
    ["Activities for older people", "care home activities", "memory workshops"],
  ),
  skill(
    "integration-support",
    [
      "Accompagnement vers l'emploi",
      "insertion professionnelle",
      "conseiller en insertion",
      "accompagnement socioprofessionnel",
    ],
    ["Employment support", "job coaching", "back-to-work support", "employability support"],
  ),
  skill(
    "mediation",
    ["Médiation sociale", "médiateur", "adulte relais", "médiation de quartier"],
    ["Social mediation", "community mediation", "mediator"],
  ),
  skill(
    "specialised-education",
    [
      "Éducation spécialisée",
      "éducateur spécialisé",
      "protection de l'enfance",
      "moniteur-éducateur",
    ],
    ["Specialised education", "youth worker", "child protection", "special needs educator"],
  ),
  skill(
    "adapted-communication",
    ["Communication adaptée", "pictogrammes", "FALC", "facile à lire et à comprendre"],
    ["Adapted communication", "easy read", "pictograms", "augmentative communication"],
  ),
];
