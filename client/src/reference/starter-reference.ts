import type { ReferenceEntry } from "../../../shared/taxonomy/types";

let starter: Promise<readonly ReferenceEntry[]> | null = null;

/** The built-in reference, in its own chunk: fetched the first time someone searches, never at start. */
export function loadStarterReference(): Promise<readonly ReferenceEntry[]> {
  starter ??= import("../../../shared/taxonomy/index").then((module) => module.starterReference);
  return starter;
}
