import type { ReferenceMatch } from "../../../shared/taxonomy/search";
import type { ReferenceQuery } from "./reference-engine";

/** What the page asks the reference worker. */
export type WorkerRequest =
  | { type: "search"; id: number; request: ReferenceQuery }
  | { type: "warm"; locale: ReferenceQuery["locale"] };

/** What the reference worker answers. */
export type WorkerAnswer =
  | { type: "ready"; version: number | null; size: number }
  | { type: "results"; id: number; matches: ReferenceMatch[] }
  | { type: "failed"; message: string };
