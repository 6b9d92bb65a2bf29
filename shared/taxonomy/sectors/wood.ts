import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.wood", category: "know-how", sector: "wood" });

/** The wood sector (forest, sawmill, joinery, carpentry, furniture), strong in the Vosges. */
export const woodKnowHow = [
  skill(
    "logging",
    ["Bûcheronnage", "bûcheron", "abattage en forêt", "exploitation forestière"],
    ["Logging", "lumberjack", "forest felling", "timber harvesting"],
  ),
  skill(
    "forest-machinery",
    ["Conduite d'engins forestiers", "débardage", "abatteuse", "porteur forestier", "skidder"],
    ["Forest machinery operation", "forwarding", "skidding", "harvester operator"],
  ),
  skill(
    "silviculture",
    [
      "Sylviculture",
      "entretien forestier",
      "plantation forestière",
      "dégagement de plantations",
      "ouvrier sylviculteur",
    ],
    ["Silviculture", "forest management", "forest planting", "forestry work"],
  ),
  skill(
    "timber-grading",
    ["Classement des bois", "cubage", "martelage", "estimation des bois"],
    ["Timber grading", "timber measuring", "log scaling"],
  ),
  skill(
    "sawing",
    ["Sciage", "scierie", "scieur", "conduite de scie de tête", "débit des grumes"],
    ["Sawing", "sawmill work", "sawyer", "log breakdown"],
  ),
  skill(
    "drying",
    ["Séchage du bois", "séchoir", "humidité du bois"],
    ["Timber drying", "kiln drying", "wood moisture"],
  ),
  skill(
    "planing",
    ["Rabotage et moulurage", "raboteuse", "moulurière", "dégauchisseuse"],
    ["Planing and moulding", "planer", "moulding machine", "surface planer"],
  ),
  skill(
    "joinery",
    ["Menuiserie", "menuisier", "fabrication de menuiseries", "menuiserie bois"],
    ["Joinery", "joiner", "woodwork"],
  ),
  skill(
    "joinery-installation",
    ["Pose de menuiseries", "poseur", "pose de fenêtres", "pose de portes", "pose d'escaliers"],
    ["Installing windows and doors", "fitter", "window fitting", "door hanging", "stair fitting"],
  ),
  skill(
    "cabinet-making",
    ["Ébénisterie", "ébéniste", "fabrication de meubles", "restauration de meubles"],
    ["Cabinet making", "cabinetmaker", "furniture making", "furniture restoration"],
  ),
  skill(
    "framing",
    ["Charpente", "charpentier", "charpente bois", "levage de charpente"],
    ["Carpentry", "carpenter", "timber framing", "roof framing"],
  ),
  skill(
    "timber-frame",
    ["Construction à ossature bois", "ossature bois", "maison bois", "murs à ossature bois"],
    ["Timber frame construction", "timber-framed houses", "wood frame walls"],
  ),
  skill(
    "roof-covering",
    ["Couverture", "couvreur", "pose de tuiles", "zinguerie"],
    ["Roofing", "roofer", "tiling a roof", "zinc work"],
  ),
  skill(
    "cladding",
    ["Pose de bardage", "bardage bois", "isolation par l'extérieur"],
    ["Installing cladding", "timber cladding", "external insulation"],
  ),
  skill(
    "layout-drawing",
    ["Épure et traçage", "épure", "traçage", "tracé de charpente"],
    ["Setting out and marking", "layout drawing", "marking out timber"],
  ),
  skill(
    "wood-machines",
    ["Conduite de machines à bois", "scie à format", "toupie", "mortaiseuse", "tenonneuse"],
    ["Woodworking machine operation", "panel saw", "spindle moulder", "mortiser", "tenoner"],
  ),
  skill(
    "cnc-wood",
    [
      "Programmation de commande numérique bois",
      "CN bois",
      "centre d'usinage bois",
      "taillage numérique",
    ],
    ["CNC woodworking", "CNC router", "woodworking machining centre"],
  ),
  skill(
    "assembly",
    ["Assemblage bois", "tenons et mortaises", "queues d'aronde", "collage", "montage"],
    ["Wood joints and assembly", "mortise and tenon", "dovetails", "gluing", "assembly"],
  ),
  skill(
    "finishing",
    ["Finition du bois", "ponçage", "vernissage", "lasure", "teinte"],
    ["Wood finishing", "sanding", "varnishing", "staining"],
  ),
  skill(
    "wood-species",
    ["Connaissance des essences de bois", "essences", "chêne", "sapin", "hêtre"],
    ["Knowledge of wood species", "timber species", "oak", "fir", "beech"],
  ),
  skill(
    "interior-fitting",
    [
      "Agencement et aménagement intérieur",
      "agenceur",
      "cuisine sur mesure",
      "placard",
      "dressing",
    ],
    ["Interior fitting", "shopfitting", "fitted kitchens", "built-in wardrobes"],
  ),
  skill(
    "parquet",
    ["Pose de parquet", "parqueteur", "ponçage de parquet", "sol stratifié"],
    ["Wood floor laying", "parquet flooring", "floor sanding", "laminate flooring"],
  ),
  skill(
    "pallets-packaging",
    ["Fabrication de palettes et emballages bois", "palettes", "caisserie"],
    ["Pallet and crate making", "pallets", "wooden packaging"],
  ),
  skill(
    "wood-energy",
    ["Bois-énergie", "fabrication de granulés", "plaquettes forestières", "bois de chauffage"],
    ["Wood fuel", "wood pellets", "wood chips", "firewood"],
  ),
  skill(
    "wood-quality",
    ["Contrôle des défauts du bois", "nœuds", "fentes", "tri qualité bois"],
    ["Detecting timber defects", "knots", "splits", "timber quality sorting"],
  ),
  skill(
    "saw-sharpening",
    ["Affûtage des outils et lames", "affûteur", "affûtage de scies"],
    ["Tool and blade sharpening", "saw doctor", "saw sharpening"],
  ),
  skill(
    "timber-quantities",
    ["Calcul de débit et quantitatif bois", "débit", "feuille de débit", "métré"],
    ["Cutting lists and timber quantities", "cutting list", "bill of materials"],
  ),
];
