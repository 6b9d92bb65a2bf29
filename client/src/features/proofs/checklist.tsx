/** A fieldset of checkboxes: the experiences and competencies a proof backs. */
export function Checklist({
  legend,
  empty,
  options,
  checked,
  onToggle,
}: {
  legend: string;
  empty: string;
  options: { id: string; label: string; detail: string }[];
  checked: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
}) {
  return (
    <fieldset className="field checklist">
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="field-hint">{empty}</p>
      ) : (
        <ul>
          {options.map((option) => (
            <li key={option.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked.includes(option.id)}
                  onChange={(event) => onToggle(option.id, event.target.checked)}
                />
                <span>
                  {option.label}
                  {option.detail && <span className="checklist-detail"> · {option.detail}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
