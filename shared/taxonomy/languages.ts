import { entryMaker } from "./define";

const language = entryMaker({ codePrefix: "sf.lang", category: "language" });

/**
 * Languages people in France commonly speak or learn, coded by ISO 639 (639-1 where it exists,
 * else 639-2/3: `fsl` French Sign Language, `gsw` Alsatian, `cpf` French-based creoles, `ber`
 * Berber languages, `snk` Soninke, `prs` Dari). The level is chosen on the CEFR scale (cefr.ts).
 */
export const languages = [
  language(
    "fr",
    ["Français", "français langue étrangère", "FLE", "français langue seconde", "FLS"],
    ["French", "French as a foreign language", "FLE"],
  ),
  language("en", ["Anglais"], ["English"]),
  language("de", ["Allemand"], ["German"]),
  language("es", ["Espagnol", "castillan"], ["Spanish", "Castilian"]),
  language("it", ["Italien"], ["Italian"]),
  language("pt", ["Portugais", "portugais du Brésil"], ["Portuguese", "Brazilian Portuguese"]),
  language("nl", ["Néerlandais", "flamand"], ["Dutch", "Flemish"]),
  language("lb", ["Luxembourgeois"], ["Luxembourgish"]),
  language("gsw", ["Alsacien", "dialecte alsacien", "platt"], ["Alsatian", "Alsatian German"]),
  language(
    "ar",
    ["Arabe", "arabe littéral", "arabe maghrébin", "darija"],
    ["Arabic", "Modern Standard Arabic", "Maghrebi Arabic", "Darija"],
  ),
  language(
    "ber",
    ["Berbère", "tamazight", "kabyle", "chleuh", "rifain"],
    ["Berber", "Tamazight", "Kabyle"],
  ),
  language("tr", ["Turc"], ["Turkish"]),
  language("ku", ["Kurde", "kurmandji", "sorani"], ["Kurdish", "Kurmanji", "Sorani"]),
  language("ro", ["Roumain"], ["Romanian"]),
  language("pl", ["Polonais"], ["Polish"]),
  language("ru", ["Russe"], ["Russian"]),
  language("uk", ["Ukrainien"], ["Ukrainian"]),
  language("sq", ["Albanais"], ["Albanian"]),
  language(
    "sr",
    ["Serbe", "croate", "bosnien", "serbo-croate", "BCMS"],
    ["Serbian", "Croatian", "Bosnian", "Serbo-Croatian"],
  ),
  language("hy", ["Arménien"], ["Armenian"]),
  language("ka", ["Géorgien"], ["Georgian"]),
  language("fa", ["Persan", "farsi"], ["Persian", "Farsi"]),
  language("prs", ["Dari"], ["Dari"]),
  language("ps", ["Pachto", "pashto", "pachtou"], ["Pashto"]),
  language("wo", ["Wolof"], ["Wolof"]),
  language("bm", ["Bambara", "dioula", "mandingue"], ["Bambara", "Dyula", "Manding"]),
  language("snk", ["Soninké"], ["Soninke"]),
  language("ff", ["Peul", "pulaar", "fulfulde"], ["Fula", "Fulani", "Pulaar", "Fulfulde"]),
  language("ln", ["Lingala"], ["Lingala"]),
  language("sw", ["Swahili", "kiswahili"], ["Swahili", "Kiswahili"]),
  language(
    "cpf",
    ["Créole", "créole haïtien", "créole antillais", "créole réunionnais", "créole guyanais"],
    ["Creole", "Haitian Creole", "Antillean Creole", "Reunion Creole"],
  ),
  language("ta", ["Tamoul"], ["Tamil"]),
  language("bn", ["Bengali", "bangla"], ["Bengali", "Bangla"]),
  language("vi", ["Vietnamien"], ["Vietnamese"]),
  language("zh", ["Chinois", "mandarin", "cantonais"], ["Chinese", "Mandarin", "Cantonese"]),
  language(
    "fsl",
    ["Langue des signes française", "LSF", "langue des signes"],
    ["French Sign Language", "LSF", "sign language"],
  ),
];
