/**
 * The reference off the main thread. At ESCO size (about 14 000 skills, 170 000 labels) building
 * the index takes the better part of a second and a rare substring query tens of milliseconds
 * (bench/reference-search.ts): enough to freeze typing on a phone. So this worker downloads and
 * caches the imported reference, builds the index and answers the searches; the page only sends
 * queries and gets at most `limit` matches back.
 */
import { openDatabase } from "../db/database";
import { syncImportedReference } from "./imported-reference";
import { mergeReferences, ReferenceEngine } from "./reference-engine";
import { loadStarterReference } from "./starter-reference";
import type { WorkerAnswer, WorkerRequest } from "./worker-protocol";

let engine: Promise<ReferenceEngine> | null = null;
let version: number | null = null;
let warmLocale: "fr" | "en" = "fr";

const answer = (message: WorkerAnswer) => postMessage(message);

async function loadEngine(): Promise<ReferenceEngine> {
  const database = openDatabase();
  try {
    const [starter, imported] = await Promise.all([
      loadStarterReference(),
      syncImportedReference(database, fetch),
    ]);
    version = imported?.version ?? null;
    const loaded = new ReferenceEngine(mergeReferences(starter, imported?.entries ?? []));
    loaded.index(warmLocale);
    answer({ type: "ready", version, size: loaded.size });
    return loaded;
  } finally {
    database.close();
  }
}

function start() {
  engine = loadEngine();
  engine.catch((error: unknown) =>
    answer({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
}

addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "warm") {
    warmLocale = request.locale;
    if (!engine) start();
    return;
  }
  if (!engine) start();
  engine
    ?.then((loaded) => {
      answer({ type: "results", id: request.id, matches: loaded.search(request.request) });
    })
    .catch(() => answer({ type: "results", id: request.id, matches: [] }));
});

// Back online: a new import may be waiting on the server. The old index answers until the new one
// is built, then the new one takes over.
addEventListener("online", () => {
  const previous = version;
  const database = openDatabase();
  syncImportedReference(database, fetch)
    .then(async (imported) => {
      if ((imported?.version ?? null) === previous) return;
      const starter = await loadStarterReference();
      const loaded = new ReferenceEngine(mergeReferences(starter, imported?.entries ?? []));
      loaded.index(warmLocale);
      version = imported?.version ?? null;
      engine = Promise.resolve(loaded);
      answer({ type: "ready", version, size: loaded.size });
    })
    .catch((error: unknown) => console.warn("[skillfolio] reference refresh failed", error))
    .finally(() => database.close());
});
