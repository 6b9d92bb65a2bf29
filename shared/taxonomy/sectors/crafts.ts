import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.crafts", category: "know-how", sector: "crafts" });

/** Crafts and trades (artisanat): food, personal services, textiles, art crafts, repairs. */
export const craftsKnowHow = [
  skill(
    "bread-making",
    [
      "Boulangerie",
      "boulanger",
      "fabrication du pain",
      "pétrissage",
      "façonnage",
      "cuisson du pain",
    ],
    ["Bread making", "baker", "baking bread", "kneading", "shaping dough"],
  ),
  skill(
    "viennoiserie",
    ["Viennoiserie", "croissants", "pâte feuilletée", "tourage"],
    ["Viennoiserie", "croissants", "laminated dough", "puff pastry"],
  ),
  skill(
    "pastry",
    ["Pâtisserie", "pâtissier", "entremets", "gâteaux", "décoration de gâteaux"],
    ["Pastry making", "pastry chef", "cakes", "cake decorating", "patisserie"],
  ),
  skill(
    "chocolate",
    ["Chocolaterie et confiserie", "chocolatier", "confiseur", "tempérage du chocolat"],
    ["Chocolate and confectionery", "chocolatier", "confectioner", "tempering chocolate"],
  ),
  skill(
    "butchery",
    ["Boucherie", "boucher", "découpe de viande", "désossage", "parage"],
    ["Butchery", "butcher", "meat cutting", "boning"],
  ),
  skill(
    "charcuterie",
    ["Charcuterie", "charcutier", "traiteur", "salaisons"],
    ["Charcuterie", "delicatessen", "cured meats", "caterer"],
  ),
  skill(
    "cheese",
    ["Fromagerie", "fromager", "affinage des fromages", "crémerie"],
    ["Cheesemaking and cheesemongery", "cheesemonger", "cheese ripening", "dairy shop"],
  ),
  skill(
    "hairdressing",
    ["Coiffure", "coiffeur", "coiffeuse", "coupe", "coloration", "brushing"],
    ["Hairdressing", "hairdresser", "haircutting", "hair colouring", "blow-dry"],
  ),
  skill(
    "barbering",
    ["Barbier", "taille de barbe", "rasage"],
    ["Barbering", "barber", "beard trimming", "shaving"],
  ),
  skill(
    "beauty-care",
    ["Esthétique", "esthéticienne", "soins du visage", "épilation", "manucure"],
    ["Beauty therapy", "beautician", "facials", "waxing", "manicure"],
  ),
  skill(
    "sewing",
    ["Couture", "couturière", "couturier", "machine à coudre", "retouches"],
    ["Sewing", "dressmaker", "seamstress", "sewing machine", "alterations"],
  ),
  skill(
    "pattern-making",
    ["Patronage et coupe", "modélisme", "patron", "coupe de tissu"],
    ["Pattern making and cutting", "pattern cutting", "fabric cutting"],
  ),
  skill(
    "upholstery",
    ["Tapisserie d'ameublement", "tapissier", "réfection de sièges", "garnissage"],
    ["Upholstery", "upholsterer", "chair reupholstering"],
  ),
  skill(
    "leatherwork",
    ["Maroquinerie", "maroquinier", "travail du cuir", "sellerie"],
    ["Leatherwork", "leather goods", "saddlery"],
  ),
  skill(
    "shoe-repair",
    ["Cordonnerie", "cordonnier", "réparation de chaussures", "reproduction de clés"],
    ["Shoe repair", "cobbler", "key cutting"],
  ),
  skill(
    "floristry",
    ["Fleuriste", "composition florale", "art floral", "bouquets"],
    ["Floristry", "florist", "flower arranging", "bouquets"],
  ),
  skill(
    "ceramics",
    ["Céramique et poterie", "potier", "tournage de la terre", "émaillage"],
    ["Ceramics and pottery", "potter", "wheel throwing", "glazing"],
  ),
  skill(
    "glass-crystal",
    ["Verrerie et cristallerie", "souffleur de verre", "taille du cristal", "vitrail"],
    ["Glass and crystal work", "glassblower", "crystal cutting", "stained glass"],
  ),
  skill(
    "jewellery",
    ["Bijouterie et joaillerie", "bijoutier", "joaillier", "sertissage"],
    ["Jewellery making", "jeweller", "stone setting", "goldsmith"],
  ),
  skill(
    "printing",
    ["Imprimerie et sérigraphie", "imprimeur", "sérigraphie", "flocage", "reliure"],
    ["Printing and screen printing", "printer", "screen printing", "bookbinding"],
  ),
  skill(
    "car-repair",
    [
      "Mécanique automobile",
      "mécanicien auto",
      "entretien de véhicules",
      "vidange",
      "diagnostic automobile",
    ],
    ["Car mechanics", "car mechanic", "vehicle servicing", "oil change", "vehicle diagnostics"],
  ),
  skill(
    "bodywork",
    ["Carrosserie", "carrossier", "débosselage", "peinture automobile"],
    ["Car bodywork", "panel beater", "dent repair", "car spraying"],
  ),
  skill(
    "bike-repair",
    ["Réparation de cycles", "mécanicien cycles", "réparation de vélos"],
    ["Bicycle repair", "bike mechanic", "cycle repair"],
  ),
  skill(
    "appliance-repair",
    ["Réparation d'appareils électroménagers", "dépannage électroménager", "réparateur"],
    ["Household appliance repair", "appliance repair technician"],
  ),
  skill(
    "locksmith",
    ["Serrurerie", "serrurier dépanneur", "ouverture de porte", "pose de serrures"],
    ["Locksmithing", "locksmith", "lock fitting"],
  ),
  skill(
    "sign-making",
    ["Enseignes et signalétique", "enseigniste", "adhésifs", "lettrage"],
    ["Sign making", "signwriter", "vinyl graphics", "lettering"],
  ),
  skill(
    "photography",
    ["Photographie", "photographe", "retouche photo", "prise de vue"],
    ["Photography", "photographer", "photo editing", "shooting"],
  ),
  skill(
    "catering",
    ["Traiteur et buffets", "préparation de buffets", "plats à emporter", "petits fours"],
    ["Catering and buffets", "buffet preparation", "takeaway food", "canapés"],
  ),
];
