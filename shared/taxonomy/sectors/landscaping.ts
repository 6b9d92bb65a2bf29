import { entryMaker } from "../define";

const skill = entryMaker({
  codePrefix: "sf.landscape",
  category: "know-how",
  sector: "landscaping",
});

/** Landscaping and green spaces: planting, upkeep, hard landscaping, equipment. */
export const landscapingKnowHow = [
  skill(
    "mowing",
    ["Tonte de pelouse", "tonte", "tondeuse", "autoportée"],
    ["Lawn mowing", "mowing", "ride-on mower"],
  ),
  skill(
    "hedge-trimming",
    ["Taille de haies", "taille-haie", "taille des arbustes"],
    ["Hedge trimming", "hedge cutting", "shrub pruning"],
  ),
  skill(
    "tree-pruning",
    ["Élagage", "élagueur", "taille des arbres", "grimpeur-élagueur"],
    ["Tree pruning", "tree surgery", "arborist", "tree climbing"],
  ),
  skill(
    "tree-felling",
    ["Abattage d'arbres", "abattage", "tronçonnage"],
    ["Tree felling", "felling trees", "chainsaw cutting"],
  ),
  skill(
    "chainsaw",
    ["Utilisation de la tronçonneuse", "tronçonneuse", "affûtage de chaîne"],
    ["Chainsaw use", "chainsaw", "chain sharpening"],
  ),
  skill(
    "brush-cutting",
    ["Débroussaillage", "débroussailleuse", "fauchage", "rotofil"],
    ["Brush cutting", "strimming", "brush cutter", "clearing scrub"],
  ),
  skill(
    "planting",
    ["Plantation de végétaux", "plantation", "plantation d'arbres", "mise en terre"],
    ["Planting", "tree planting", "planting shrubs"],
  ),
  skill(
    "flower-beds",
    [
      "Création et entretien de massifs",
      "massifs fleuris",
      "fleurissement",
      "annuelles et vivaces",
    ],
    ["Flower bed design and upkeep", "flower beds", "bedding plants", "perennials"],
  ),
  skill(
    "lawn-creation",
    ["Engazonnement", "création de pelouse", "semis de gazon", "pose de gazon en rouleaux"],
    ["Lawn laying", "seeding a lawn", "turfing", "laying turf"],
  ),
  skill(
    "weeding",
    ["Désherbage", "désherbage manuel", "désherbage alternatif", "binage"],
    ["Weeding", "hand weeding", "hoeing", "non-chemical weed control"],
  ),
  skill(
    "mulching",
    ["Paillage", "paillage des massifs", "broyage de végétaux", "broyeur"],
    ["Mulching", "shredding green waste", "wood chipper"],
  ),
  skill(
    "paving",
    ["Pose de pavés et dallages", "pavage", "dallage", "terrasse extérieure", "bordures"],
    ["Laying paving and slabs", "paving", "patio laying", "kerbs"],
  ),
  skill(
    "dry-stone",
    ["Construction de murets", "muret en pierre sèche", "pierre sèche", "enrochement"],
    ["Building low walls", "dry stone walling", "rock work"],
  ),
  skill(
    "fencing",
    ["Pose de clôtures", "clôture", "grillage", "portail"],
    ["Fence installation", "fencing", "gates"],
  ),
  skill(
    "garden-irrigation",
    ["Installation d'arrosage automatique", "arrosage intégré", "goutte-à-goutte", "programmateur"],
    ["Installing garden irrigation", "sprinkler systems", "drip irrigation"],
  ),
  skill(
    "plant-recognition",
    ["Reconnaissance des végétaux", "botanique", "connaissance des plantes", "noms latins"],
    ["Plant identification", "botany", "plant knowledge"],
  ),
  skill(
    "plant-protection-garden",
    ["Protection biologique des plantes", "lutte biologique", "zéro phyto", "soins aux végétaux"],
    ["Biological plant protection", "biological pest control", "pesticide-free care"],
  ),
  skill(
    "earthworks-small",
    ["Terrassement de jardin", "mini-pelle", "nivellement", "préparation du terrain"],
    ["Garden earthworks", "mini digger", "levelling ground", "site preparation"],
  ),
  skill(
    "landscape-plans",
    ["Lecture de plans paysagers", "plan de plantation", "implantation", "piquetage"],
    ["Reading landscape plans", "planting plans", "setting out"],
  ),
  skill(
    "green-waste",
    ["Gestion des déchets verts", "évacuation des déchets verts", "compostage", "compost"],
    ["Green waste management", "composting", "garden waste removal"],
  ),
  skill(
    "nursery",
    ["Production en pépinière", "pépinière", "pépiniériste", "rempotage", "bouturage"],
    ["Nursery production", "plant nursery", "potting on", "propagation", "taking cuttings"],
  ),
  skill(
    "park-maintenance",
    [
      "Entretien des espaces verts",
      "jardinier",
      "agent d'espaces verts",
      "entretien de parcs et jardins",
    ],
    ["Grounds maintenance", "gardener", "groundskeeper", "park maintenance"],
  ),
  skill(
    "garden-machinery",
    [
      "Entretien du matériel de jardin",
      "petit matériel motorisé",
      "réglage de tondeuse",
      "affûtage des lames",
    ],
    ["Garden machinery maintenance", "small engines", "blade sharpening"],
  ),
  skill(
    "green-roofs",
    ["Végétalisation de toitures et murs", "toiture végétalisée", "mur végétal"],
    ["Green roofs and walls", "living walls", "green roof installation"],
  ),
  skill(
    "sports-grounds",
    ["Entretien de terrains de sport", "terrain de football", "regarnissage", "aération du gazon"],
    ["Sports ground maintenance", "pitch maintenance", "overseeding", "aerating turf"],
  ),
  skill(
    "snow-clearing",
    ["Déneigement et salage", "déneigement", "salage des voies"],
    ["Snow clearing and gritting", "snow removal", "gritting roads"],
  ),
];
