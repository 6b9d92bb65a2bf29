import { useState } from "react";
import { useI18n } from "../../i18n/use-i18n";
import { choices, liveSelection, move, toggle } from "./selection";

export type SelectableRecord = { id: string; label: string; detail: string };

/**
 * Which records the CV shows, in which order: a checkbox per record, and up/down buttons on the
 * chosen ones (keyboard and screen-reader friendly, unlike drag and drop). Each move is announced.
 */
export function SelectionList({
  legend,
  empty,
  selected,
  records,
  onChange,
}: {
  legend: string;
  empty: string;
  selected: readonly string[];
  records: SelectableRecord[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState("");
  const available = records.map((record) => record.id);
  const byId = new Map(records.map((record) => [record.id, record]));
  const list = choices(selected, available);
  const chosen = liveSelection(selected, available);

  const shift = (record: SelectableRecord, delta: -1 | 1) => {
    const next = move(selected, available, record.id, delta);
    onChange(next);
    setAnnouncement(
      t("cvs.selection.moved", { label: record.label, position: next.indexOf(record.id) + 1 }),
    );
  };

  return (
    <fieldset className="choice-group cv-selection">
      <legend>{legend}</legend>
      {records.length === 0 ? (
        <p className="field-hint">{empty}</p>
      ) : (
        <>
          <div className="cv-selection-bar">
            <span className="field-hint">
              {t("cvs.selection.count", { selected: chosen.length, total: records.length })}
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange(available)}
            >
              {t("cvs.selection.all")}
            </button>
            <button type="button" className="button button-small" onClick={() => onChange([])}>
              {t("cvs.selection.none")}
            </button>
          </div>
          <ol className="cv-selection-list">
            {list.map(({ id, selected: isChosen }) => {
              const record = byId.get(id);
              if (!record) return null;
              const position = chosen.indexOf(id);
              return (
                <li key={id} className="cv-selection-item">
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={isChosen}
                      onChange={() => onChange(toggle(selected, available, id))}
                    />
                    <span className="choice-text">
                      <span className="choice-label">{record.label}</span>
                      {record.detail && <span className="choice-description">{record.detail}</span>}
                    </span>
                  </label>
                  {isChosen && (
                    <span className="cv-move">
                      <button
                        type="button"
                        className="button button-icon"
                        aria-label={t("cvs.selection.up", { label: record.label })}
                        disabled={position === 0}
                        onClick={() => shift(record, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        className="button button-icon"
                        aria-label={t("cvs.selection.down", { label: record.label })}
                        disabled={position === chosen.length - 1}
                        onClick={() => shift(record, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </>
      )}
    </fieldset>
  );
}
