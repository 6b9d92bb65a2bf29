import { type Ref, useEffect, useId, useState } from "react";
import type { Competency } from "../../../../shared/schemas/competency";
import type { ExperienceFields } from "../../../../shared/schemas/experience";
import type { ReferenceEntry } from "../../../../shared/taxonomy/types";
import { linkEvidence } from "../../db/links";
import { saveRecord } from "../../db/portfolio";
import { useI18n } from "../../i18n/use-i18n";
import { deviceReference } from "../../reference/device-reference";
import { FormMessage } from "../../ui/form-message";
import { suggestCompetencies } from "./competency-suggestions";
import type { ExperiencePortfolio } from "./experience-data";

type Props = {
  ref: Ref<HTMLHeadingElement>;
  experienceId: string;
  experience: ExperienceFields;
  portfolio: ExperiencePortfolio;
  onDone: () => void;
};

const referenceKey = (entry: { scheme: string; code: string }) => `${entry.scheme}:${entry.code}`;

/** The competency already in the portfolio for this reference entry, if any. */
const existingFor = (competencies: readonly Competency[], entry: ReferenceEntry) =>
  competencies.find(
    (competency) =>
      competency.reference !== null && referenceKey(competency.reference) === referenceKey(entry),
  );

/**
 * After a guided entry is saved: competencies from the reference that fit what the person wrote,
 * to tick and add in one tap (each new competency backed by this experience; one already in the
 * portfolio is linked instead of added twice), or to skip.
 */
export function GuidedSuggestions({ ref, experienceId, experience, portfolio, onDone }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const [suggestions, setSuggestions] = useState<ReferenceEntry[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { title: experienceTitle, activities } = experience;

  useEffect(() => {
    let current = true;
    const reference = deviceReference(locale);
    suggestCompetencies({ title: experienceTitle, activities }, (query, limit) =>
      reference.search({ query, locale, limit }),
    ).then(
      (entries) => {
        if (current) setSuggestions(entries);
      },
      (error: unknown) => {
        console.warn("[skillfolio] no competency suggestions", error);
        if (current) setSuggestions([]);
      },
    );
    return () => {
      current = false;
    };
  }, [experienceTitle, activities, locale]);

  const toggle = (key: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const add = async () => {
    setSaving(true);
    setFailure(null);
    try {
      for (const entry of suggestions ?? []) {
        if (!chosen.has(referenceKey(entry))) continue;
        const existing = existingFor(portfolio.competencies, entry);
        if (existing) {
          await linkEvidence(existing.id, { experienceId }, true);
          continue;
        }
        await saveRecord("competency", null, {
          label: entry.labels[locale],
          reference: { scheme: entry.scheme, code: entry.code, uri: entry.uri },
          category: entry.category,
          level: null,
          note: "",
          evidence: { experienceIds: [experienceId], proofIds: [] },
        });
      }
      onDone();
    } catch (error) {
      console.error("Could not add the competencies", error);
      setFailure(t("experiences.error.saveFailed"));
      setSaving(false);
    }
  };

  return (
    <section className="screen guided" aria-labelledby="screen-title">
      <p className="form-message form-message-success" role="status">
        {t("experiences.guided.suggest.saved", { title: experience.title })}
      </p>
      <h1 id="screen-title" ref={ref} tabIndex={-1}>
        {t("experiences.guided.suggest.title")}
      </h1>
      <FormMessage kind="error">{failure}</FormMessage>
      {suggestions === null ? (
        <p className="loading">{t("experiences.guided.suggest.loading")}</p>
      ) : suggestions.length === 0 ? (
        <p>{t("experiences.guided.suggest.none")}</p>
      ) : (
        <>
          <p id={`${id}-intro`}>{t("experiences.guided.suggest.intro")}</p>
          <fieldset className="experience-choices" aria-describedby={`${id}-intro`}>
            <legend>{t("experiences.guided.suggest.legend")}</legend>
            {suggestions.map((entry) => {
              const key = referenceKey(entry);
              const existing = existingFor(portfolio.competencies, entry);
              return (
                <label key={key} className="experience-choice guided-suggestion">
                  <input
                    type="checkbox"
                    checked={chosen.has(key)}
                    onChange={(event) => toggle(key, event.target.checked)}
                  />
                  <span className="guided-suggestion-text">
                    <span className="guided-suggestion-label">{entry.labels[locale]}</span>
                    <span className="guided-suggestion-meta">
                      {existing
                        ? t("experiences.guided.suggest.already")
                        : (entry.description?.[locale] ??
                          t(`competencies.category.${entry.category}`))}
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        </>
      )}
      <div className="guided-nav">
        <button type="button" className="button" onClick={onDone}>
          {t("experiences.guided.suggest.skip")}
        </button>
        {suggestions !== null && suggestions.length > 0 && (
          <button
            type="button"
            className="button button-primary"
            disabled={saving || chosen.size === 0}
            onClick={add}
          >
            {chosen.size === 0
              ? t("experiences.guided.suggest.addNone")
              : t("experiences.guided.suggest.add", { count: chosen.size })}
          </button>
        )}
      </div>
    </section>
  );
}
