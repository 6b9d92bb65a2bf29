import { useId } from "react";
import "./file-pick-button.css";

/**
 * A button that opens the file picker (or the camera, with `capture`): a real file input, hidden
 * but focusable, with its label drawn as the button, so it works with touch, mouse and keyboard.
 */
export function FilePickButton({
  label,
  accept,
  capture,
  name,
  primary = false,
  describedBy,
  onFile,
}: {
  label: string;
  accept: string;
  capture?: "environment" | "user";
  name: string;
  primary?: boolean;
  describedBy?: string | undefined;
  onFile: (file: File) => void;
}) {
  const id = useId();
  return (
    <span className="file-pick">
      <input
        id={id}
        name={name}
        type="file"
        className="file-pick-input"
        accept={accept}
        capture={capture}
        aria-describedby={describedBy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again still reports it.
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className={primary ? "button button-primary" : "button"}>
        {label}
      </label>
    </span>
  );
}
