import { type Locale, localeSchema } from "../../../shared/schemas/index";
import { db, type SkillfolioDatabase } from "./database";

const LOCALE_KEY = "locale";

/** The language chosen on this device, if any; anything unreadable counts as no choice. */
export async function readSavedLocale(database: SkillfolioDatabase = db): Promise<Locale | null> {
  const entry = await database.meta.get(LOCALE_KEY);
  const parsed = localeSchema.safeParse(entry?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveLocale(locale: Locale, database: SkillfolioDatabase = db): Promise<void> {
  await database.meta.put({ key: LOCALE_KEY, value: locale });
}
