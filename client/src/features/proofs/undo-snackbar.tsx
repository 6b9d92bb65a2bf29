import { useEffect } from "react";

/** How long the undo stays offered: time to read the message and reach the button. */
export const UNDO_DELAY_MS = 10_000;

/**
 * A message with an Undo button at the bottom of the screen. The status region is always in the
 * page, so screen readers announce the message when it appears.
 */
export function UndoSnackbar({
  message,
  undoLabel,
  onUndo,
  onTimeout,
}: {
  message: string | null;
  undoLabel: string;
  onUndo: () => void;
  onTimeout: () => void;
}) {
  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(onTimeout, UNDO_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message, onTimeout]);
  return (
    <div className="snackbar-region" role="status">
      {message !== null && (
        <div className="snackbar">
          <span>{message}</span>
          <button type="button" className="button snackbar-undo" onClick={onUndo}>
            {undoLabel}
          </button>
        </div>
      )}
    </div>
  );
}
