import type { Locale } from "../../../shared/schemas/index";

/** The first of the browser's preferred languages that we speak; French otherwise. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = language.toLowerCase().split("-")[0];
    if (base === "fr" || base === "en") return base;
  }
  return "fr";
}

export function formatDateTime(locale: Locale, date: Date | number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(date);
}
