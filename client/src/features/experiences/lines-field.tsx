import { useId, useRef } from "react";
import type { MessageKey } from "../../../../shared/i18n/index";
import { useI18n } from "../../i18n/use-i18n";

type Props = {
  name: string;
  legend: string;
  hint: string;
  error?: string | undefined;
  /** Message keys taking `{number}`: each line's label, and the remove (and move) buttons. */
  lineLabel: MessageKey;
  removeLabel: MessageKey;
  moveLabels?: { up: MessageKey; down: MessageKey } | undefined;
  maxLength: number;
  value: string[];
  onChange: (lines: string[]) => void;
};

/**
 * A list of short lines (activities): add, remove and, optionally, reorder. Each line keeps a
 * stable key, so a moved line keeps its text field; focus follows the line that moved, goes to
 * the new line when one is added and to a neighbour when one is removed.
 */
export function LinesField({
  name,
  legend,
  hint,
  error,
  lineLabel,
  removeLabel,
  moveLabels,
  maxLength,
  value,
  onChange,
}: Props) {
  const { t } = useI18n();
  const id = useId();
  const keys = useRef<number[]>([]);
  const nextKey = useRef(0);
  while (keys.current.length < value.length) keys.current.push(nextKey.current++);
  keys.current.length = value.length;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const elementId = (key: number, part: string) => `${id}-${key}-${part}`;
  const focusLater = (elementKey: string) =>
    requestAnimationFrame(() => document.getElementById(elementKey)?.focus());

  const update = (index: number, text: string) =>
    onChange(value.map((line, position) => (position === index ? text : line)));

  const add = () => {
    const key = nextKey.current++;
    keys.current = [...keys.current, key];
    onChange([...value, ""]);
    focusLater(elementId(key, "input"));
  };

  const remove = (index: number) => {
    keys.current = keys.current.filter((_, position) => position !== index);
    onChange(value.filter((_, position) => position !== index));
    const neighbour = keys.current[Math.min(index, keys.current.length - 1)];
    focusLater(neighbour === undefined ? `${id}-add` : elementId(neighbour, "input"));
  };

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= value.length) return;
    const swap = <T,>(items: T[]) => {
      const copy = [...items];
      [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
      return copy;
    };
    const key = keys.current[index] ?? 0;
    keys.current = swap(keys.current);
    onChange(swap(value));
    const atEdge = target === 0 || target === value.length - 1;
    focusLater(elementId(key, atEdge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down"));
  };

  return (
    <fieldset className="lines-field" aria-describedby={error ? `${errorId} ${hintId}` : hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <ol className="lines-field-list">
        {value.map((line, index) => {
          const key = keys.current[index] ?? index;
          const number = index + 1;
          return (
            <li key={key} className="lines-field-line">
              <label htmlFor={elementId(key, "input")} className="visually-hidden">
                {t(lineLabel, { number })}
              </label>
              <input
                id={elementId(key, "input")}
                name={index === 0 ? name : `${name}-${number}`}
                value={line}
                maxLength={maxLength * 2}
                aria-invalid={line.trim().length > maxLength ? true : undefined}
                onChange={(event) => update(index, event.target.value)}
              />
              {moveLabels && (
                <>
                  <button
                    id={elementId(key, "up")}
                    type="button"
                    className="lines-field-button"
                    aria-label={t(moveLabels.up, { number })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    id={elementId(key, "down")}
                    type="button"
                    className="lines-field-button"
                    aria-label={t(moveLabels.down, { number })}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                </>
              )}
              <button
                type="button"
                className="lines-field-button"
                aria-label={t(removeLabel, { number })}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button id={`${id}-add`} type="button" className="button lines-field-add" onClick={add}>
        <span aria-hidden="true">+&nbsp;</span>
        {t("experiences.activities.add")}
      </button>
    </fieldset>
  );
}
