import { entryMaker } from "../define";

const skill = entryMaker({ codePrefix: "sf.general", category: "know-how", sector: "general" });

/** Know-how found in every sector: sales, logistics, cleaning, hospitality, driving, admin. */
export const generalKnowHow = [
  skill(
    "sales",
    ["Vente", "vendeur", "vendeuse", "conseil de vente", "vente en magasin"],
    ["Sales", "salesperson", "sales assistant", "retail sales"],
  ),
  skill(
    "cash-register",
    ["Tenue de caisse", "caisse", "caissier", "caissière", "encaissement"],
    ["Cash register operation", "cashier", "till operation", "taking payments"],
  ),
  skill(
    "shelf-stocking",
    ["Mise en rayon", "employé libre-service", "réassort", "merchandising", "étiquetage des prix"],
    ["Shelf stocking", "shelf filling", "restocking", "merchandising", "price labelling"],
  ),
  skill(
    "reception",
    [
      "Accueil physique et téléphonique",
      "accueil",
      "standard téléphonique",
      "agent d'accueil",
      "réceptionniste",
    ],
    ["Front desk and phone reception", "reception", "switchboard", "receptionist"],
  ),
  skill(
    "cleaning",
    [
      "Nettoyage des locaux",
      "agent d'entretien",
      "agent de propreté",
      "nettoyage industriel",
      "ménage",
    ],
    ["Commercial cleaning", "cleaner", "janitorial work", "industrial cleaning"],
  ),
  skill(
    "order-picking",
    ["Préparation de commandes", "préparateur de commandes", "picking", "commissionnement", "scan"],
    ["Order picking", "order picker", "picking and packing", "warehouse picking"],
  ),
  skill(
    "warehouse",
    [
      "Logistique et magasinage",
      "magasinier",
      "cariste",
      "réception de marchandises",
      "gestion de stock",
      "inventaire",
    ],
    [
      "Warehousing and logistics",
      "warehouse operative",
      "storekeeper",
      "goods in",
      "stock control",
      "stocktaking",
    ],
  ),
  skill(
    "forklift",
    ["Conduite de chariot élévateur", "CACES R489", "cariste", "chariot élévateur", "CACES"],
    ["Forklift driving", "forklift operator", "fork-lift truck", "CACES R489"],
  ),
  skill(
    "pallet-truck",
    ["Conduite de transpalette", "transpalette électrique", "gerbeur", "CACES R485"],
    ["Pallet truck operation", "electric pallet truck", "stacker truck", "CACES R485"],
  ),
  skill(
    "manual-handling",
    ["Manutention", "manutentionnaire", "port de charges", "gestes et postures"],
    ["Manual handling", "handling goods", "lifting loads", "safe lifting"],
  ),
  skill(
    "delivery-driving",
    ["Livraison", "chauffeur livreur", "permis B", "tournée de livraison"],
    ["Delivery driving", "delivery driver", "driving licence", "delivery rounds"],
  ),
  skill(
    "truck-driving",
    ["Conduite de poids lourd", "chauffeur poids lourd", "permis C", "permis CE", "FIMO"],
    ["HGV driving", "lorry driver", "truck driver", "HGV licence"],
  ),
  skill(
    "passenger-transport",
    ["Transport de voyageurs", "conducteur de bus", "permis D", "chauffeur de car", "VTC", "taxi"],
    ["Passenger transport", "bus driver", "coach driver", "taxi driver", "ride-hailing driver"],
  ),
  skill(
    "table-service",
    ["Service en salle", "serveur", "serveuse", "service à table", "commis de salle"],
    ["Table service", "waiter", "waitress", "waiting tables", "front of house"],
  ),
  skill(
    "bar",
    ["Service au bar", "barman", "barmaid", "cocktails", "barista"],
    ["Bar work", "bartender", "cocktails", "barista"],
  ),
  skill(
    "cooking",
    ["Cuisine", "cuisinier", "commis de cuisine", "préparation des plats", "cuisine collective"],
    ["Cooking", "cook", "commis chef", "food preparation", "institutional catering"],
  ),
  skill(
    "kitchen-porter",
    ["Plonge", "plongeur", "entretien de la cuisine", "vaisselle"],
    ["Kitchen portering", "kitchen porter", "dishwashing", "washing up"],
  ),
  skill(
    "fast-food",
    [
      "Restauration rapide",
      "équipier polyvalent",
      "préparation de sandwichs",
      "employé de restauration",
    ],
    ["Fast food service", "crew member", "quick-service restaurant", "sandwich making"],
  ),
  skill(
    "hotel-housekeeping",
    [
      "Entretien des chambres d'hôtel",
      "femme de chambre",
      "valet de chambre",
      "gouvernante",
      "housekeeping",
    ],
    ["Hotel housekeeping", "room attendant", "chambermaid", "housekeeper"],
  ),
  skill(
    "security",
    [
      "Surveillance et sécurité",
      "agent de sécurité",
      "agent de sûreté",
      "CQP APS",
      "carte professionnelle",
    ],
    ["Security guarding", "security guard", "security officer", "door supervisor"],
  ),
  skill(
    "admin",
    [
      "Secrétariat et travaux administratifs",
      "secrétaire",
      "assistant administratif",
      "classement",
      "courrier",
    ],
    [
      "Secretarial and admin work",
      "secretary",
      "administrative assistant",
      "filing",
      "mail handling",
    ],
  ),
  skill(
    "accounting-basics",
    ["Comptabilité", "aide-comptable", "saisie comptable", "facturation", "paie"],
    ["Bookkeeping", "accounting", "accounts assistant", "invoicing", "payroll"],
  ),
  skill(
    "telephone-sales",
    ["Relation client à distance", "téléconseiller", "centre d'appels", "télévente"],
    ["Contact centre work", "call centre agent", "telesales", "customer service advisor"],
  ),
  skill(
    "event-setup",
    ["Installation d'événements", "montage de stands", "manutention événementielle", "roadie"],
    ["Event set-up", "stand building", "event crew", "stagehand"],
  ),
  skill(
    "building-caretaking",
    [
      "Gardiennage d'immeuble",
      "gardien d'immeuble",
      "concierge",
      "agent de maintenance des bâtiments",
    ],
    ["Building caretaking", "caretaker", "concierge", "building maintenance operative"],
  ),
  skill(
    "laundry",
    ["Blanchisserie", "repassage", "lingère", "pressing"],
    ["Laundry work", "ironing", "linen room", "dry cleaning"],
  ),
];
