import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReferenceEntry } from "../../../shared/taxonomy/types";
import { openDatabase, type SkillfolioDatabase } from "../db/database";
import { createDeviceReference } from "./device-reference";
import {
  IMPORTED_REFERENCE_KEY,
  readCachedReference,
  syncImportedReference,
} from "./imported-reference";

const escoEntry = (code: string, fr: string, en: string): ReferenceEntry => ({
  scheme: "esco",
  code,
  uri: `http://data.europa.eu/esco/skill/${code}`,
  category: "know-how",
  sector: null,
  labels: { fr, en },
  altLabels: { fr: [], en: [] },
});
const welding = escoEntry("e1", "Souder à l'arc", "Arc welding");
const zythology = escoEntry("e2", "Zythologie appliquée", "Applied zythology");

let database: SkillfolioDatabase;
let name = 0;
beforeEach(async () => {
  database = openDatabase(`reference-test-${++name}`);
  await database.open();
});
afterEach(async () => {
  await database.delete();
});

const answer = (version: number, entries: unknown[]) =>
  new Response(JSON.stringify({ version, entries }), {
    status: 200,
    headers: { "Content-Type": "application/json", ETag: `"reference-${version}"` },
  });

describe("the imported reference on the device", () => {
  it("downloads it once, then asks with its version and keeps the cache on 304", async () => {
    const first = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      answer(3, [welding]),
    );
    expect((await syncImportedReference(database, first))?.entries).toEqual([welding]);
    expect(first).toHaveBeenCalledTimes(1);
    expect(new Headers(first.mock.calls[0]?.[1]?.headers).get("if-none-match")).toBeNull();

    const notModified = vi.fn(
      async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(null, { status: 304 }),
    );
    const kept = await syncImportedReference(database, notModified);
    expect(new Headers(notModified.mock.calls[0]?.[1]?.headers).get("if-none-match")).toBe(
      '"reference-3"',
    );
    expect(kept).toEqual({ version: 3, entries: [welding] });
  });

  it("replaces the cache when the server has a new version", async () => {
    await syncImportedReference(database, async () => answer(3, [welding]));
    const fresh = await syncImportedReference(database, async () => answer(4, [zythology]));
    expect(fresh).toEqual({ version: 4, entries: [zythology] });
    expect(await readCachedReference(database)).toEqual({ version: 4, entries: [zythology] });
  });

  it("offline, or when the server fails, uses the cache", async () => {
    await syncImportedReference(database, async () => answer(3, [welding]));
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await syncImportedReference(database, offline)).toEqual({
      version: 3,
      entries: [welding],
    });
    expect(
      await syncImportedReference(database, async () => new Response("oops", { status: 500 })),
    ).toEqual({ version: 3, entries: [welding] });
  });

  it("drops imported entries that do not fit the reference shape, not the whole reference", async () => {
    const odd = { ...zythology, category: "not-a-category" };
    const synced = await syncImportedReference(database, async () => answer(1, [welding, odd]));
    expect(synced?.entries).toEqual([welding]);
    const row = await database.referenceCache.get(IMPORTED_REFERENCE_KEY);
    expect(row?.version).toBe(1);
  });

  it("searches the starter alone when offline with nothing cached, and the imported entries once cached", async () => {
    const offline = async (): Promise<Response> => {
      throw new TypeError("Failed to fetch");
    };
    const starterOnly = createDeviceReference({ locale: "fr", database, fetchReference: offline });
    const teamwork = await starterOnly.search({ query: "equipe", locale: "fr", limit: 3 });
    expect(teamwork[0]?.entry.labels.fr).toBe("Travail en équipe");
    expect(await starterOnly.search({ query: "zytho appli", locale: "fr" })).toEqual([]);

    await syncImportedReference(database, async () => answer(2, [zythology]));
    const withImport = createDeviceReference({ locale: "fr", database, fetchReference: offline });
    const found = await withImport.search({ query: "zytho appli", locale: "fr" });
    expect(found.map((match) => match.entry.code)).toEqual(["e2"]);
  });
});
