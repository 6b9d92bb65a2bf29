import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.constr", category: "know-how", sector: "construction" });

/** Building and public works (BTP): structural work, finishing trades, networks, site machinery. */
export const constructionKnowHow = [
  skill(
    "masonry",
    ["Maçonnerie", "maçon", "monter un mur", "parpaing", "briques"],
    ["Masonry", "bricklaying", "mason", "blockwork"],
  ),
  skill(
    "formwork",
    ["Coffrage", "coffreur", "banches", "décoffrage"],
    ["Formwork", "formwork carpentry", "shuttering", "striking formwork"],
  ),
  skill(
    "reinforcement",
    ["Ferraillage", "ferrailleur", "armatures", "treillis soudé"],
    ["Steel fixing", "rebar", "reinforcement", "steel fixer"],
  ),
  skill(
    "concrete",
    ["Mise en œuvre du béton", "coulage du béton", "bétonnage", "dalle", "chape"],
    ["Concrete work", "pouring concrete", "concrete slab", "screed"],
  ),
  skill(
    "plan-reading",
    ["Lecture de plans", "lire un plan", "plans de bâtiment", "plans d'exécution"],
    ["Reading plans", "blueprint reading", "construction drawings"],
  ),
  skill(
    "setting-out",
    ["Implantation et traçage", "implantation", "niveau laser", "prise de cotes", "métré"],
    ["Setting out", "site layout", "laser level", "taking measurements"],
  ),
  skill(
    "scaffolding",
    ["Montage d'échafaudage", "échafaudage", "échafaudeur", "travail en hauteur"],
    ["Scaffolding", "scaffold erection", "scaffolder", "working at height"],
  ),
  skill(
    "plastering",
    ["Plâtrerie et plaques de plâtre", "plaquiste", "placo", "cloisons sèches", "faux plafonds"],
    [
      "Plastering and drywall",
      "drylining",
      "plasterboard",
      "partition walls",
      "suspended ceilings",
    ],
  ),
  skill(
    "tiling",
    ["Carrelage", "carreleur", "faïence", "pose de carrelage", "joints"],
    ["Tiling", "tiler", "wall tiling", "floor tiling", "grouting"],
  ),
  skill(
    "painting",
    ["Peinture en bâtiment", "peintre", "enduits", "ponçage des murs", "papier peint"],
    ["Painting and decorating", "painter", "decorator", "wallpapering"],
  ),
  skill(
    "facade-rendering",
    ["Ravalement de façade", "façadier", "enduit de façade", "crépi"],
    ["Facade rendering", "rendering", "external plastering"],
  ),
  skill(
    "insulation",
    [
      "Isolation thermique",
      "isolation",
      "pose d'isolant",
      "laine de verre",
      "rénovation énergétique",
    ],
    ["Thermal insulation", "insulation", "installing insulation", "energy retrofit"],
  ),
  skill(
    "plumbing",
    ["Plomberie", "plombier", "pose de sanitaires", "tuyauterie", "évacuations"],
    ["Plumbing", "plumber", "bathroom fitting", "pipework"],
  ),
  skill(
    "heating",
    ["Chauffage et climatisation", "chauffagiste", "pompe à chaleur", "chaudière", "frigoriste"],
    ["Heating and air conditioning", "heating engineer", "heat pump", "boiler", "HVAC"],
  ),
  skill(
    "electrical-installation",
    [
      "Électricité du bâtiment",
      "électricien",
      "câblage",
      "tableau électrique",
      "habilitation électrique",
    ],
    [
      "Building electrical installation",
      "electrician",
      "wiring",
      "consumer unit",
      "electrical safety clearance",
    ],
  ),
  skill(
    "earthworks",
    ["Terrassement", "terrassier", "déblai", "remblai", "tranchée"],
    ["Earthworks", "excavation", "digging trenches", "backfilling"],
  ),
  skill(
    "roadworks",
    ["Travaux de voirie", "enrobés", "voirie", "bordures de trottoir", "pavage"],
    ["Road works", "asphalt laying", "tarmac", "kerb laying"],
  ),
  skill(
    "networks",
    [
      "Pose de canalisations et réseaux",
      "VRD",
      "canalisateur",
      "assainissement",
      "réseaux secs et humides",
    ],
    ["Pipe laying and utilities", "drainage", "sewer works", "utility networks"],
  ),
  skill(
    "site-machinery",
    [
      "Conduite d'engins de chantier",
      "CACES R482",
      "pelle mécanique",
      "chargeuse",
      "mini-pelle",
      "conducteur d'engins",
    ],
    ["Construction plant operation", "CACES R482", "excavator operator", "loader", "mini digger"],
  ),
  skill(
    "crane",
    ["Conduite de grue", "grutier", "CACES R487", "grue à tour"],
    ["Crane operation", "crane operator", "tower crane", "CACES R487"],
  ),
  skill(
    "mewp",
    ["Conduite de nacelle", "nacelle élévatrice", "PEMP", "CACES R486"],
    ["MEWP operation", "cherry picker", "aerial work platform", "CACES R486"],
  ),
  skill(
    "slinging",
    ["Élingage et guidage de charges", "élingage", "chef de manœuvre", "signaleur"],
    ["Slinging and signalling loads", "rigging", "banksman", "slinger"],
  ),
  skill(
    "demolition",
    ["Démolition", "démolisseur", "curage", "désamiantage"],
    ["Demolition", "strip-out", "asbestos removal"],
  ),
  skill(
    "stone-restoration",
    [
      "Taille de pierre",
      "tailleur de pierre",
      "restauration du patrimoine",
      "maçonnerie ancienne",
      "chaux",
    ],
    ["Stone cutting", "stonemason", "heritage restoration", "lime mortar"],
  ),
  skill(
    "metal-frame",
    ["Serrurerie-métallerie", "métallier", "serrurier", "garde-corps", "structures métalliques"],
    ["Metalwork and ironwork", "metalworker", "railings", "steel structures"],
  ),
  skill(
    "waterproofing",
    ["Étanchéité", "étancheur", "toiture-terrasse", "membrane d'étanchéité"],
    ["Waterproofing", "flat roofing", "waterproof membrane"],
  ),
  skill(
    "site-safety",
    ["Sécurité sur chantier", "port des EPI", "balisage de chantier", "prévention BTP"],
    ["Site safety", "wearing PPE", "site barriers", "construction safety"],
  ),
  skill(
    "quantity-estimating",
    [
      "Métrés et devis",
      "métreur",
      "chiffrage",
      "devis de travaux",
      "économiste de la construction",
    ],
    ["Quantity surveying and quotes", "estimating", "quantity surveyor", "pricing works"],
  ),
  skill(
    "site-supervision",
    ["Encadrement de chantier", "chef de chantier", "chef d'équipe BTP", "conduite de travaux"],
    ["Site supervision", "site manager", "foreman", "construction management"],
  ),
  skill(
    "renovation",
    ["Rénovation et second œuvre", "rénovation", "multiservices bâtiment", "petits travaux"],
    ["Renovation and finishing trades", "renovation", "handyman work", "building maintenance"],
  ),
];
