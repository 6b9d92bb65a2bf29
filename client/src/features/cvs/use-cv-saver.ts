import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Cv, CvFields } from "../../../../shared/schemas/cv";
import { InvalidRecordError, saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";

export type SaveStatus = "idle" | "saving" | "saved" | "failed";

/** Text is saved once typing pauses for this long; choices are saved at once. */
export const TYPING_PAUSE_MS = 400;

/**
 * Saves a CV's changes on the device as they happen. Changes gather while the person types and
 * are written together after a pause, or when the editor closes, so no keystroke is lost and the
 * outbox gets one entry per pause rather than per letter.
 *
 * `current` is the CV as the person sees it: the device's copy with the changes it does not show
 * yet laid over it. Two quick taps (move up, move up) therefore build on each other even before
 * the first write comes back through the live query, and each write carries every change made so far.
 */
export function useCvSaver(cv: Cv) {
  const { t } = useI18n();
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [failure, setFailure] = useState<string | null>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const overlay = useRef<Partial<CvFields>>({});
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(cv);
  latest.current = cv;

  // What the device now holds needs no overlay any more.
  useEffect(() => {
    overlay.current = withoutReflected(overlay.current, cv);
  }, [cv]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    const { id, ownerId: _o, version: _v, deleted: _d, updatedAt: _u, ...fields } = latest.current;
    setStatus("saving");
    try {
      await saveRecord("cv", id, { ...fields, ...overlay.current });
      setStatus("saved");
      setFailure(null);
    } catch (error) {
      console.error("Could not save the CV", error);
      setStatus("failed");
      setFailure(
        error instanceof InvalidRecordError
          ? error.issues.map((issue) => issue.path).join(", ")
          : t("error.unexpected"),
      );
    }
  }, [t]);

  const save = useCallback(
    (changes: Partial<CvFields>, pace: "typing" | "now" = "now") => {
      overlay.current = { ...overlay.current, ...changes };
      dirty.current = true;
      rerender();
      if (timer.current) clearTimeout(timer.current);
      if (pace === "typing") {
        timer.current = setTimeout(() => void flush(), TYPING_PAUSE_MS);
      } else {
        void flush();
      }
    },
    [flush],
  );

  // Leaving the editor writes what is still waiting.
  useEffect(() => () => void flush(), [flush]);

  const current: Cv = { ...cv, ...overlay.current };
  return { current, save, flush, status, failure };
}

function withoutReflected(overlay: Partial<CvFields>, cv: Cv): Partial<CvFields> {
  const rest: Partial<CvFields> = {};
  for (const [key, value] of Object.entries(overlay) as [keyof CvFields, unknown][]) {
    if (JSON.stringify(cv[key]) !== JSON.stringify(value)) Object.assign(rest, { [key]: value });
  }
  return rest;
}
