/**
 * Reference search at ESCO size (issue 3: under 5 ms per keystroke in Node).
 * Generates a seeded synthetic reference of 14 000 skills with French-like and English-like
 * multi-word labels and about five synonyms per language, builds the index, then types 50
 * queries one character at a time and times every keystroke. The same keystrokes run through two
 * baselines with the same ranking: the naive scan (normalise and test every label on each
 * keystroke) and a scan over labels normalised once. Prints median, p95 and max per keystroke.
 *
 *   npm run bench:search
 *   BENCH_ENTRIES=30000 BENCH_BASELINE_EVERY=1 npm run bench:search
 */
import v8 from "node:v8";
import vm from "node:vm";
import { normaliseForSearch } from "../shared/taxonomy/normalise";
import { labelRecords } from "../shared/taxonomy/ranking";
import { scanLabelRecords, scanReference } from "../shared/taxonomy/scan";
import { createReferenceIndex } from "../shared/taxonomy/search";
import type { ReferenceEntry } from "../shared/taxonomy/types";
import {
  enAdjectives,
  enLinks,
  enNouns,
  enVerbs,
  frAdjectives,
  frLinks,
  frNouns,
  frVerbs,
  syllables,
} from "./reference-words";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 14_000);
/** The baselines take hundreds of ms per keystroke: run them on every n-th query only. */
const BASELINE_EVERY = Number(process.env.BENCH_BASELINE_EVERY ?? 5);

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/** mulberry32: small, fast, and the same sequence on every run. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(20_260_101);
/** Skewed towards the start of the list, as word frequencies are. */
const pick = <T>(words: readonly T[]): T => words[Math.floor(random() ** 2 * words.length)] as T;

const queries = [
  "soudage",
  "conduire un chariot élévateur",
  "gérer les stocks",
  "travail en équipe",
  "maçonnerie",
  "accueillir les clients",
  "taille de la vigne",
  "développer des applications",
  "préparer des commandes",
  "entretenir les espaces verts",
  "contrôle qualité",
  "sécurité",
  "hygiène alimentaire",
  "plomberie",
  "isolation thermique",
  "peinture",
  "menuiserie bois",
  "charpente",
  "coffrage béton",
  "lecture de plans",
  "réseaux informatiques",
  "soins aux patients",
  "accompagner des personnes âgées",
  "petite enfance",
  "pâtisserie",
  "boulangerie",
  "coiffure",
  "couture",
  "usinage",
  "maintenance",
  "automates programmables",
  "électricité",
  "conduite de tracteur",
  "vendanges",
  "récolte",
  "élevage",
  "livraison",
  "transport de marchandises",
  "échafaudage",
  "toiture",
  "nettoyer les locaux",
  "vendre des produits",
  "negocier des contrats",
  "rediger des documents",
  "analyser des données",
  "programmer",
  "tester des logiciels",
  "cœur de métier",
  "emballage",
  "plombrie",
];
/** Typed before timing so every code path is compiled: one-word, multi-word and substring-only. */
const warmUp = ["gestion", "conduite d engins", "taille", "vente", "cuisine", "oudag"];

/** Rare technical words: ESCO has thousands of distinct ones. */
const pseudoWords = (count: number, accents: boolean) =>
  Array.from({ length: count }, () => {
    const length = 2 + Math.floor(random() * 3);
    const word = Array.from({ length }, () => pick(syllables)).join("");
    return accents ? word : normaliseForSearch(word);
  });
const frRare = pseudoWords(6000, true);
const enRare = pseudoWords(4000, false);

function label(
  verbs: string[],
  links: string[],
  nouns: string[],
  adjectives: string[],
  rare: string[],
) {
  const words = [pick(verbs), pick(links), random() < 0.3 ? pick(rare) : pick(nouns)];
  if (random() < 0.6) words.push(pick(links), random() < 0.4 ? pick(rare) : pick(nouns));
  if (random() < 0.5) words.push(pick(adjectives));
  return words.join(" ").replace("d' ", "d'");
}
const frLabel = () => label(frVerbs, frLinks, frNouns, frAdjectives, frRare);
const enLabel = () => label(enVerbs, enLinks, enNouns, enAdjectives, enRare);
const some = (make: () => string) => Array.from({ length: 3 + Math.floor(random() * 5) }, make);

const categories = ["know-how", "knowledge", "digital", "soft-skill", "language"] as const;
const reference: ReferenceEntry[] = Array.from({ length: ENTRIES }, (_, index) => ({
  scheme: "esco",
  code: `bench-${index}`,
  uri: `http://data.europa.eu/esco/skill/bench-${index}`,
  category: pick(categories),
  sector: null,
  labels: { fr: frLabel(), en: enLabel() },
  altLabels: { fr: some(frLabel), en: some(enLabel) },
}));
const labelCount = reference.reduce(
  (sum, e) => sum + 2 + e.altLabels.fr.length + e.altLabels.en.length,
  0,
);

const keystrokes = (query: string) =>
  Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
const ms = (value: number) => value.toFixed(value < 10 ? 3 : 1).padStart(8);
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

collectGarbage();
const before = process.memoryUsage();
const buildStart = performance.now();
const index = createReferenceIndex(reference, "fr");
const buildMs = performance.now() - buildStart;
collectGarbage();
const after = process.memoryUsage();

const coldStart = performance.now();
index.search("cuisine");
const coldMs = performance.now() - coldStart;
for (const query of warmUp) for (const typed of keystrokes(query)) index.search(typed);

// The index alone first, so the baselines' garbage does not land in its timings.
const indexTimes: number[] = [];
const slowest: [number, string][] = [];
for (const query of queries) {
  for (const typed of keystrokes(query)) {
    const start = performance.now();
    index.search(typed);
    const elapsed = performance.now() - start;
    indexTimes.push(elapsed);
    slowest.push([elapsed, typed]);
  }
}
slowest.sort((a, b) => b[0] - a[0]);

const indexSameKeystrokes: number[] = [];
const naiveTimes: number[] = [];
const prenormalisedTimes: number[] = [];
const records = labelRecords(reference, "fr", normaliseForSearch);
let compared = 0;
let agreed = 0;
const codes = (matches: { entry: ReferenceEntry }[]) => matches.map((m) => m.entry.code).join();
queries.forEach((query, queryIndex) => {
  if (queryIndex % BASELINE_EVERY !== 0) return;
  for (const typed of keystrokes(query)) {
    let start = performance.now();
    const fast = index.search(typed);
    indexSameKeystrokes.push(performance.now() - start);
    start = performance.now();
    const naive = scanReference(reference, "fr", typed);
    naiveTimes.push(performance.now() - start);
    start = performance.now();
    scanLabelRecords(records, reference, "fr", typed);
    prenormalisedTimes.push(performance.now() - start);
    compared++;
    if (codes(fast) === codes(naive)) agreed++;
  }
});

const rows: [string, number[]][] = [
  ["index, all keystrokes", indexTimes],
  ["index, baseline keystrokes", indexSameKeystrokes],
  ["naive scan", naiveTimes],
  ["pre-normalised scan", prenormalisedTimes],
];
const indexMedian = summary(indexSameKeystrokes).median;
console.log(
  `Reference: ${ENTRIES} entries, ${labelCount} labels (fr + en, preferred + synonyms), ` +
    `${queries.length} queries typed one character at a time (${indexTimes.length} keystrokes).`,
);
console.log(
  `Index build: ${buildMs.toFixed(0)} ms, heap +${mib(after.heapUsed - before.heapUsed)}, ` +
    `typed arrays +${mib(after.arrayBuffers - before.arrayBuffers)}.`,
);
console.log(`First search after the build (cold code): ${coldMs.toFixed(1)} ms.`);
console.log(`\nper keystroke (ms)               keystrokes   median      p95      max   × index`);
for (const [name, times] of rows) {
  const { median, p95, max } = summary(times);
  const ratio = name.startsWith("index") ? "" : `${(median / indexMedian).toFixed(0).padStart(8)}`;
  console.log(
    `${name.padEnd(32)} ${String(times.length).padStart(10)} ${ms(median)} ${ms(p95)} ${ms(max)} ${ratio}`,
  );
}
console.log(
  `\nBaselines ran on every ${BASELINE_EVERY}th query (${compared} keystrokes); ` +
    `the index returned the naive scan's entries in the same order on ${agreed} of ${compared}.`,
);
console.log(
  `Slowest index keystrokes: ${slowest
    .slice(0, 5)
    .map(([time, typed]) => `"${typed}" ${time.toFixed(2)} ms`)
    .join(", ")}.`,
);
