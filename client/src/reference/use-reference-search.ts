import { useEffect, useState } from "react";
import type { CompetencyCategory } from "../../../shared/schemas/competency";
import { normaliseForSearch } from "../../../shared/taxonomy/normalise";
import type { ReferenceMatch } from "../../../shared/taxonomy/search";
import { useI18n } from "../i18n/use-i18n";
import { deviceReference } from "./device-reference";

export type ReferenceSearch = { query: string; matches: ReferenceMatch[] };

/**
 * Ranked reference matches for what the person is typing, in their language. No debounce: the
 * index answers in well under a millisecond for most keystrokes. An answer that comes back after
 * a newer keystroke is dropped; until the new one arrives the previous matches stay on screen.
 */
export function useReferenceSearch(
  query: string,
  options: { category?: CompetencyCategory | undefined; limit?: number } = {},
): ReferenceSearch {
  const { locale } = useI18n();
  const { category, limit = 8 } = options;
  const [search, setSearch] = useState<ReferenceSearch>({ query: "", matches: [] });
  const blank = normaliseForSearch(query) === "";

  useEffect(() => {
    if (blank) return;
    let current = true;
    deviceReference(locale)
      .search({ query, locale, limit, ...(category ? { category } : {}) })
      .then((matches) => {
        if (current) setSearch({ query, matches });
      })
      .catch((error: unknown) => console.warn("[skillfolio] reference search failed", error));
    return () => {
      current = false;
    };
  }, [query, locale, category, limit, blank]);

  return blank ? { query, matches: [] } : search;
}
