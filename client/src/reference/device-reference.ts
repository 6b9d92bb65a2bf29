import type { ReferenceMatch } from "../../../shared/taxonomy/search";
import { db, type SkillfolioDatabase } from "../db/database";
import { syncImportedReference } from "./imported-reference";
import { mergeReferences, ReferenceEngine, type ReferenceQuery } from "./reference-engine";
import { loadStarterReference } from "./starter-reference";
import type { WorkerAnswer, WorkerRequest } from "./worker-protocol";

/** The competency reference this device searches: the built-in starter plus the imported one. */
export interface DeviceReference {
  search(request: ReferenceQuery): Promise<ReferenceMatch[]>;
}

/**
 * The starter alone is searched on the main thread at once (a few hundred entries: well under a
 * millisecond); the worker answers as soon as it has the imported reference indexed.
 */
class WorkerReference implements DeviceReference {
  private readonly starter: Promise<ReferenceEngine>;
  private ready = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (matches: ReferenceMatch[]) => void>();

  constructor(
    private readonly worker: Worker,
    locale: ReferenceQuery["locale"],
  ) {
    this.starter = loadStarterReference().then((entries) => new ReferenceEngine(entries));
    worker.addEventListener("message", (event: MessageEvent<WorkerAnswer>) => {
      const message = event.data;
      if (message.type === "ready") this.ready = true;
      else if (message.type === "results") {
        this.waiting.get(message.id)?.(message.matches);
        this.waiting.delete(message.id);
      } else console.warn("[skillfolio] the reference worker failed:", message.message);
    });
    this.post({ type: "warm", locale });
  }

  private post(request: WorkerRequest) {
    this.worker.postMessage(request);
  }

  async search(request: ReferenceQuery): Promise<ReferenceMatch[]> {
    if (!this.ready) return (await this.starter).search(request);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post({ type: "search", id, request });
    });
  }
}

/** Without workers (tests, very old browsers): everything on the main thread. */
class MainThreadReference implements DeviceReference {
  private readonly engine: Promise<ReferenceEngine>;

  constructor(database: SkillfolioDatabase, fetchReference: typeof fetch) {
    this.engine = Promise.all([
      loadStarterReference(),
      syncImportedReference(database, fetchReference).catch(() => null),
    ]).then(
      ([starter, imported]) =>
        new ReferenceEngine(mergeReferences(starter, imported?.entries ?? [])),
    );
  }

  async search(request: ReferenceQuery): Promise<ReferenceMatch[]> {
    return (await this.engine).search(request);
  }
}

export function createDeviceReference(options: {
  locale: ReferenceQuery["locale"];
  database?: SkillfolioDatabase;
  fetchReference?: typeof fetch;
  createWorker?: (() => Worker) | null;
}): DeviceReference {
  const { createWorker, database = db, fetchReference = (...args) => fetch(...args) } = options;
  if (createWorker) {
    try {
      return new WorkerReference(createWorker(), options.locale);
    } catch (error) {
      console.warn("[skillfolio] no reference worker, searching on the main thread", error);
    }
  }
  return new MainThreadReference(database, fetchReference);
}

const defaultWorker =
  typeof Worker === "function"
    ? () => new Worker(new URL("./reference.worker.ts", import.meta.url), { type: "module" })
    : null;

let shared: DeviceReference | null = null;

/** One reference per app session, created the first time a screen searches it. */
export function deviceReference(locale: ReferenceQuery["locale"]): DeviceReference {
  shared ??= createDeviceReference({ locale, createWorker: defaultWorker });
  return shared;
}

/** For tests: the reference the hooks use from now on. */
export function setDeviceReference(reference: DeviceReference | null) {
  shared = reference;
}
