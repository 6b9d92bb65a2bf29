import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.industry", category: "know-how", sector: "industry" });

/** Industry and manufacturing: production lines, metalwork, machining, quality, maintenance. */
export const industryKnowHow = [
  skill(
    "line-operation",
    [
      "Conduite de ligne de production",
      "conducteur de ligne",
      "opérateur de production",
      "pilotage de ligne",
    ],
    ["Production line operation", "line operator", "production operator", "running a line"],
  ),
  skill(
    "machine-operation",
    ["Conduite de machines", "conducteur de machines", "régleur", "mise en route de machine"],
    ["Machine operation", "machine operator", "machine setter", "machine start-up"],
  ),
  skill(
    "assembly",
    ["Montage et assemblage", "monteur", "assembleur", "câbleur", "montage mécanique"],
    ["Assembly", "assembler", "fitter", "cable assembly", "mechanical assembly"],
  ),
  skill(
    "welding",
    ["Soudage", "soudure", "soudeur", "soudeuse", "soudage à l'arc"],
    ["Welding", "welder", "arc welding"],
  ),
  skill(
    "welding-mig-tig",
    ["Soudage MIG, MAG et TIG", "soudage TIG", "soudage MIG", "soudage MAG", "semi-automatique"],
    [
      "MIG, MAG and TIG welding",
      "TIG welding",
      "MIG welding",
      "MAG welding",
      "gas metal arc welding",
    ],
  ),
  skill(
    "boilermaking",
    ["Chaudronnerie", "chaudronnier", "tôlerie", "pliage", "roulage de tôles"],
    ["Boilermaking", "boilermaker", "sheet metal work", "bending", "plate rolling"],
  ),
  skill(
    "pipefitting",
    ["Tuyauterie industrielle", "tuyauteur", "montage de tuyauteries"],
    ["Industrial pipefitting", "pipefitter", "pipework installation"],
  ),
  skill(
    "machining",
    ["Usinage", "usineur", "fraisage", "tournage", "tourneur", "fraiseur"],
    ["Machining", "machinist", "milling", "turning", "lathe operator"],
  ),
  skill(
    "cnc",
    [
      "Programmation et conduite de machines à commande numérique",
      "commande numérique",
      "CN",
      "CNC",
      "programmation ISO",
    ],
    ["CNC programming and operation", "CNC machining", "CNC operator", "G-code"],
  ),
  skill(
    "technical-drawing",
    [
      "Lecture de plans industriels",
      "dessin technique",
      "plan mécanique",
      "cotation",
      "tolérances",
    ],
    ["Reading technical drawings", "engineering drawings", "dimensioning", "tolerances"],
  ),
  skill(
    "metrology",
    [
      "Métrologie",
      "contrôle dimensionnel",
      "pied à coulisse",
      "micromètre",
      "instruments de mesure",
    ],
    ["Metrology", "dimensional inspection", "calipers", "micrometer", "measuring instruments"],
  ),
  skill(
    "quality-control",
    ["Contrôle qualité", "contrôleur qualité", "inspection", "non-conformités", "autocontrôle"],
    ["Quality control", "quality inspector", "inspection", "non-conformities", "self-inspection"],
  ),
  skill(
    "quality-management",
    ["Démarche qualité", "ISO 9001", "amélioration continue", "audit qualité"],
    ["Quality management", "ISO 9001", "continuous improvement", "quality audit"],
  ),
  skill(
    "lean",
    ["Lean et 5S", "5S", "lean manufacturing", "kaizen", "SMED"],
    ["Lean and 5S", "5S", "lean manufacturing", "kaizen", "SMED"],
  ),
  skill(
    "mechanical-maintenance",
    [
      "Maintenance mécanique",
      "mécanicien de maintenance",
      "maintenance préventive",
      "dépannage mécanique",
    ],
    [
      "Mechanical maintenance",
      "maintenance mechanic",
      "preventive maintenance",
      "mechanical troubleshooting",
    ],
  ),
  skill(
    "electrical-maintenance",
    [
      "Maintenance électrique",
      "électromécanicien",
      "électrotechnique",
      "habilitation électrique",
      "armoire électrique",
    ],
    [
      "Electrical maintenance",
      "electromechanical technician",
      "electrical engineering",
      "control panels",
    ],
  ),
  skill(
    "automation",
    ["Automatismes", "automate programmable", "automaticien", "API industriel", "robotique"],
    ["Industrial automation", "PLC programming", "automation technician", "robotics"],
  ),
  skill(
    "hydraulics",
    ["Hydraulique et pneumatique", "vérins", "circuits hydrauliques", "pneumatique"],
    ["Hydraulics and pneumatics", "cylinders", "hydraulic circuits", "pneumatics"],
  ),
  skill(
    "plastics",
    ["Plasturgie", "injection plastique", "presse à injecter", "extrusion"],
    ["Plastics processing", "injection moulding", "injection moulding machine", "extrusion"],
  ),
  skill(
    "food-production",
    [
      "Production agroalimentaire",
      "opérateur agroalimentaire",
      "fabrication alimentaire",
      "industrie agroalimentaire",
    ],
    ["Food production", "food processing operative", "food manufacturing"],
  ),
  skill(
    "packaging",
    [
      "Conditionnement et emballage",
      "conditionneur",
      "emballage",
      "mise sous film",
      "palettisation",
    ],
    ["Packing and packaging", "packer", "packaging", "shrink wrapping", "palletising"],
  ),
  skill(
    "painting-industrial",
    [
      "Peinture industrielle",
      "peintre industriel",
      "traitement de surface",
      "sablage",
      "thermolaquage",
    ],
    [
      "Industrial painting",
      "industrial painter",
      "surface treatment",
      "sandblasting",
      "powder coating",
    ],
  ),
  skill(
    "chemistry-process",
    [
      "Conduite de procédés chimiques",
      "opérateur chimie",
      "pilotage d'installation",
      "salle de contrôle",
    ],
    ["Chemical process operation", "process operator", "control room operation"],
  ),
  skill(
    "textile-industry",
    ["Production textile", "opérateur textile", "tissage", "filature", "bobinage"],
    ["Textile production", "textile operative", "weaving", "spinning", "winding"],
  ),
  skill(
    "industrial-safety",
    ["Sécurité industrielle", "consignation", "analyse des risques", "prévention des accidents"],
    ["Industrial safety", "lockout tagout", "risk assessment", "accident prevention"],
  ),
  skill(
    "production-planning",
    [
      "Ordonnancement et planification de production",
      "ordonnanceur",
      "planning de production",
      "GPAO",
      "ERP",
    ],
    ["Production planning and scheduling", "production scheduler", "ERP", "MRP"],
  ),
  skill(
    "team-leading-industry",
    [
      "Animation d'équipe de production",
      "chef d'équipe production",
      "superviseur de production",
      "animation de ligne",
    ],
    [
      "Leading a production team",
      "production team leader",
      "production supervisor",
      "shift leader",
    ],
  ),
  skill(
    "foundry",
    ["Fonderie", "fondeur", "moulage", "coulée"],
    ["Foundry work", "foundry worker", "moulding", "casting"],
  ),
  skill(
    "tool-setting",
    [
      "Réglage de presses et outillages",
      "outilleur",
      "changement d'outil",
      "emboutissage",
      "découpe",
    ],
    ["Press and tool setting", "toolmaker", "tool change", "stamping", "press cutting"],
  ),
];
