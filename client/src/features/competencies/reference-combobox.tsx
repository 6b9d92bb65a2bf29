import { type KeyboardEvent, useEffect, useId, useState } from "react";
import type { ReferenceMatch } from "../../../../shared/taxonomy/search";
import { useI18n } from "../../i18n/use-i18n";
import { useReferenceSearch } from "../../reference/use-reference-search";

/** What the person picked in the list: a reference entry, or their own words. */
export type ComboboxPick = { kind: "reference"; match: ReferenceMatch } | { kind: "free-text" };

type Props = {
  name: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onTextChange: (text: string) => void;
  onPick: (pick: ComboboxPick) => void;
};

/**
 * A search-as-you-type field over the competency reference, after the WAI-ARIA APG combobox with
 * list autocomplete and manual selection: typing opens the list without choosing anything, the
 * arrows move the active option (aria-activedescendant keeps the focus in the field), Enter picks
 * it, Escape closes the list (and clears the field when it is already closed). The last option
 * always keeps the typed words as free text. Options are tapped as well as clicked; pressing one
 * does not blur the field first.
 */
export function ReferenceCombobox({
  name,
  label,
  hint,
  error,
  value,
  onTextChange,
  onPick,
}: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  // The active option is remembered by entry, not position, so an answer that arrives after an
  // arrow key does not move the highlight to another entry.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const { matches } = useReferenceSearch(value);
  const typed = value.trim();
  const optionKeys = typed === "" ? [] : [...matches.map(matchKey), FREE_TEXT];
  const optionCount = optionKeys.length;
  const active = activeKey === null ? -1 : optionKeys.indexOf(activeKey);
  const setActive = (index: number) => setActiveKey(optionKeys[index] ?? null);
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && optionCount > 0;

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView?.({ block: "nearest" });
  });

  const pick = (index: number) => {
    const match = matches[index];
    onPick(match ? { kind: "reference", match } : { kind: "free-text" });
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === "ArrowDown" ? 0 : optionCount - 1);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(
        active === -1
          ? step === 1
            ? 0
            : optionCount - 1
          : (active + step + optionCount) % optionCount,
      );
    } else if (event.key === "Enter") {
      if (!expanded) return;
      event.preventDefault();
      if (active >= 0) pick(active);
      else setOpen(false);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value !== "") {
        event.preventDefault();
        onTextChange("");
      }
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        autoCapitalize="sentences"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        value={value}
        onChange={(event) => {
          onTextChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t("reference.listLabel")}
        className="combobox-list"
        hidden={!expanded}
      >
        {expanded &&
          matches.map((match, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays on the combobox input (aria-activedescendant), as the APG pattern asks
            <div
              key={matchKey(match)}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="combobox-option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(index)}
            >
              <span className="combobox-option-label">{match.entry.labels[locale]}</span>
              <span className="combobox-option-meta">
                {t(`competencies.category.${match.entry.category}`)}
                {matchedOtherLabel(match, locale) &&
                  ` · ${t("reference.matchedOn", { label: match.label })}`}
              </span>
            </div>
          ))}
        {expanded && (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays on the combobox input (aria-activedescendant), as the APG pattern asks
          <div
            id={optionId(matches.length)}
            role="option"
            tabIndex={-1}
            aria-selected={active === matches.length}
            className="combobox-option combobox-option-free"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(matches.length)}
          >
            <span className="combobox-option-label">
              {t("reference.freeText", { label: typed })}
            </span>
            <span className="combobox-option-meta">{t("reference.freeTextHint")}</span>
          </div>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {expanded
          ? matches.length > 0
            ? t("reference.suggestions", { count: matches.length })
            : t("reference.noSuggestion")
          : ""}
      </p>
    </div>
  );
}

const FREE_TEXT = "free-text";
const matchKey = (match: ReferenceMatch) => `${match.entry.scheme}:${match.entry.code}`;

/** The match was on a synonym or on the other language's label: say which, or it looks random. */
function matchedOtherLabel(match: ReferenceMatch, locale: "fr" | "en"): boolean {
  return match.label !== match.entry.labels[locale];
}
