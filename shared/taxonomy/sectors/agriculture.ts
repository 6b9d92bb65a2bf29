import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.agri", category: "know-how", sector: "agriculture" });

/** Agriculture and viticulture (Champagne, Alsace, Lorraine): field work, vines, cellar, livestock. */
export const agricultureKnowHow = [
  skill(
    "vine-pruning",
    ["Taille de la vigne", "taille", "tailleur de vigne", "taille Guyot", "taille Chablis"],
    ["Vine pruning", "pruning vines", "winter pruning"],
  ),
  skill(
    "vine-tying",
    ["Liage et palissage de la vigne", "palissage", "liage", "relevage"],
    ["Vine tying and trellising", "trellising", "tying down vines"],
  ),
  skill(
    "disbudding",
    ["Ébourgeonnage et travaux en vert", "ébourgeonnage", "épamprage", "rognage", "effeuillage"],
    ["Disbudding and canopy work", "disbudding", "leaf removal", "green work"],
  ),
  skill(
    "grape-harvest",
    ["Vendanges", "vendange manuelle", "vendangeur", "cueillette du raisin", "porteur de hotte"],
    ["Grape harvest", "grape picking", "vintage", "harvest work"],
  ),
  skill(
    "cellar-work",
    ["Travaux de cave", "caviste", "ouvrier de chai", "chai", "remuage", "dégorgement"],
    ["Cellar work", "cellar hand", "winery work", "riddling", "disgorging"],
  ),
  skill(
    "winemaking",
    ["Vinification", "élaboration du vin", "pressurage", "assemblage", "œnologie"],
    ["Winemaking", "vinification", "pressing", "blending", "oenology"],
  ),
  skill(
    "bottling",
    [
      "Mise en bouteille et conditionnement du vin",
      "embouteillage",
      "habillage des bouteilles",
      "étiquetage",
    ],
    ["Wine bottling and packing", "bottling", "labelling bottles"],
  ),
  skill(
    "vineyard-planting",
    [
      "Plantation et entretien du vignoble",
      "plantation de vigne",
      "entretien des rangs",
      "piquetage",
    ],
    ["Vineyard planting and upkeep", "planting vines", "vineyard maintenance"],
  ),
  skill(
    "tractor",
    [
      "Conduite de tracteur",
      "conduite d'engin agricole",
      "tractoriste",
      "chauffeur de tracteur",
      "attelage",
    ],
    ["Tractor driving", "driving farm machinery", "tractor operator", "hitching implements"],
  ),
  skill(
    "straddle-tractor",
    ["Conduite d'enjambeur", "tracteur enjambeur", "machine à vendanger"],
    ["Straddle tractor driving", "over-the-row tractor", "grape harvester"],
  ),
  skill(
    "crop-protection",
    [
      "Traitements phytosanitaires",
      "pulvérisation",
      "Certiphyto",
      "produits phytosanitaires",
      "protection des cultures",
    ],
    [
      "Crop protection treatments",
      "spraying",
      "pesticide application",
      "plant protection products",
    ],
  ),
  skill(
    "soil-work",
    ["Travail du sol", "labour", "semis", "préparation du sol", "déchaumage"],
    ["Soil work", "ploughing", "plowing", "sowing", "tillage"],
  ),
  skill(
    "field-crops",
    ["Grandes cultures", "céréales", "culture du blé", "colza", "betterave"],
    ["Arable farming", "field crops", "cereal growing", "wheat", "sugar beet"],
  ),
  skill(
    "cereal-harvest",
    ["Moisson et récolte", "moissonneuse-batteuse", "ensilage", "fenaison", "récolte"],
    ["Harvesting crops", "combine harvester", "silage making", "haymaking"],
  ),
  skill(
    "market-gardening",
    ["Maraîchage", "maraîcher", "culture de légumes", "plants", "serre"],
    ["Market gardening", "vegetable growing", "greenhouse growing", "horticulture"],
  ),
  skill(
    "fruit-growing",
    [
      "Arboriculture fruitière",
      "verger",
      "taille des arbres fruitiers",
      "cueillette des fruits",
      "mirabelles",
    ],
    ["Fruit growing", "orchard work", "fruit picking", "fruit tree pruning"],
  ),
  skill(
    "animal-care",
    [
      "Soins aux animaux",
      "soigneur",
      "alimentation du bétail",
      "paillage",
      "surveillance sanitaire du troupeau",
    ],
    ["Animal care", "feeding livestock", "bedding animals", "herd health monitoring"],
  ),
  skill(
    "milking",
    ["Traite", "traite des vaches", "robot de traite", "salle de traite"],
    ["Milking", "milking cows", "milking parlour", "milking robot"],
  ),
  skill(
    "cattle-breeding",
    ["Élevage bovin", "élevage", "vaches laitières", "vêlage", "éleveur"],
    ["Cattle farming", "livestock farming", "dairy cows", "calving", "cattle breeding"],
  ),
  skill(
    "small-livestock",
    ["Élevage ovin, caprin et avicole", "bergerie", "élevage de volailles", "berger", "chèvres"],
    ["Sheep, goat and poultry farming", "shepherding", "poultry farming", "goats"],
  ),
  skill(
    "farm-machinery-maintenance",
    ["Entretien du matériel agricole", "mécanique agricole", "réglage des outils", "graissage"],
    ["Farm machinery maintenance", "agricultural mechanics", "servicing equipment"],
  ),
  skill(
    "irrigation",
    ["Irrigation", "arrosage", "pose de goutte-à-goutte"],
    ["Irrigation", "watering", "drip irrigation"],
  ),
  skill(
    "farm-records",
    [
      "Enregistrements et traçabilité agricole",
      "traçabilité",
      "cahier de culture",
      "registre d'élevage",
    ],
    ["Farm record keeping", "traceability", "crop records", "herd register"],
  ),
  skill(
    "organic-farming",
    ["Agriculture biologique", "bio", "agroécologie", "permaculture"],
    ["Organic farming", "organic", "agroecology", "permaculture"],
  ),
  skill(
    "direct-sales",
    [
      "Vente directe à la ferme",
      "vente directe",
      "marché de producteurs",
      "circuit court",
      "œnotourisme",
    ],
    ["Farm-gate sales", "direct sales", "farmers' market", "short supply chain", "wine tourism"],
  ),
  skill(
    "beekeeping",
    ["Apiculture", "apiculteur", "récolte du miel"],
    ["Beekeeping", "apiculture", "honey harvesting"],
  ),
  skill(
    "hedgerows",
    [
      "Entretien des haies et bordures",
      "taille des haies agricoles",
      "débroussaillage de parcelles",
    ],
    ["Hedgerow maintenance", "field edge clearing"],
  ),
  skill(
    "grading-sorting",
    ["Tri et calibrage des récoltes", "tri", "calibrage", "conditionnement de fruits et légumes"],
    ["Grading and sorting produce", "sorting", "packing fruit and vegetables"],
  ),
];
