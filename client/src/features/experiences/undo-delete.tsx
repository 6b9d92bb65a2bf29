import { createContext, type ReactNode, use, useCallback, useEffect, useState } from "react";
import { restoreRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";

/** Long enough to read the message and reach the button (at least 8 s). */
export const UNDO_MS = 10_000;

type Deleted = { id: string; title: string };
const UndoContext = createContext<(deleted: Deleted) => void>(() => {});

/** Lets a screen announce a deletion; the snackbar outlives the screen that deleted. */
export function useAnnounceDeletion() {
  return use(UndoContext);
}

/**
 * The "deleted — undo" snackbar: a polite live region always in the page, so the message is read
 * out when it appears; "Annuler" restores the experience exactly (restoreRecord).
 */
export function UndoDeleteProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
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
    restoreRecord("experience", deleted.id).then(
      () => setDeleted(null),
      (error: unknown) => {
        console.error("Could not restore the experience", error);
        setFailed(true);
      },
    );
  };

  return (
    <UndoContext value={announce}>
      {children}
      <div className="experience-snackbar-region" role="status">
        {deleted && (
          <div className="experience-snackbar">
            <p>
              {failed
                ? t("experiences.undo.failed")
                : t("experiences.undo.deleted", { title: deleted.title })}
            </p>
            <button type="button" className="button experience-snackbar-action" onClick={undo}>
              {t("experiences.undo.action")}
            </button>
          </div>
        )}
      </div>
    </UndoContext>
  );
}
