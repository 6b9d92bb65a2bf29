import { createContext, type ReactNode, use, useCallback, useEffect, useState } from "react";
import type { SyncTable } from "../../../shared/sync/protocol";
import { restoreRecord } from "../db/portfolio";

/** Long enough to read the message and reach the button (at least 8 s). */
export const UNDO_MS = 10_000;

type Deleted = { id: string; label: string };
const UndoContext = createContext<(deleted: Deleted) => void>(() => {});

/** Lets a screen announce a deletion; the snackbar outlives the screen that deleted. */
export function useAnnounceDeletion() {
  return use(UndoContext);
}

export type UndoTexts = { deleted: (label: string) => string; failed: string; action: string };

/**
 * The "deleted — undo" snackbar of one section: a polite live region always in the page, so the
 * message is read out when it appears; the action restores the record exactly (restoreRecord).
 */
export function UndoDeleteProvider({
  table,
  texts,
  classPrefix = "snackbar",
  children,
}: {
  table: SyncTable;
  texts: UndoTexts;
  classPrefix?: string;
  children: ReactNode;
}) {
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [failed, setFailed] = useState(false);
  const announce = useCallback((next: Deleted) => {
    setFailed(false);
    setDeleted(next);
  }, []);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const undo = () => {
    if (!deleted) return;
    restoreRecord(table, deleted.id).then(
      () => setDeleted(null),
      (error: unknown) => {
        console.error(`Could not restore the ${table}`, error);
        setFailed(true);
      },
    );
  };

  return (
    <UndoContext value={announce}>
      {children}
      <div className={`${classPrefix}-region`} role="status">
        {deleted && (
          <div className={classPrefix}>
            <p>{failed ? texts.failed : texts.deleted(deleted.label)}</p>
            <button type="button" className={`button ${classPrefix}-action`} onClick={undo}>
              {texts.action}
            </button>
          </div>
        )}
      </div>
    </UndoContext>
  );
}
