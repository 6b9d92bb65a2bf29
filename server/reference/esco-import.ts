import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { sql } from "drizzle-orm";
import type { Locale } from "../../shared/schemas/index";
import { cleanText } from "../../shared/schemas/text";
import type { Db } from "../db/connect";
import { referenceEntries, referenceVersion } from "../db/schema";

export class EscoImportError extends Error {}

type Category = "know-how" | "soft-skill" | "knowledge";
type EscoSkill = {
  code: string;
  uri: string;
  category: Category;
  label: string;
  altLabels: string[];
};

const REQUIRED_COLUMNS = ["conceptUri", "skillType", "preferredLabel", "altLabels"] as const;
const BATCH = 500;

/**
 * Reads the ESCO skills CSV download (any language): one row per skill, `altLabels` holding one
 * label per line inside a quoted cell. Obsolete concepts are skipped. Labels follow the one text
 * rule of the product (they become competency labels): what a line may not hold is removed, and
 * the labels so changed are counted in `cleaned`.
 */
export async function readEscoSkills(
  input: Readable,
): Promise<{ skills: EscoSkill[]; skipped: number; cleaned: number }> {
  const parser = input.pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, relax_quotes: false }),
  );
  const skills: EscoSkill[] = [];
  let skipped = 0;
  let cleaned = 0;
  const line = (value: string | undefined) => {
    const result = cleanText(value ?? "", "line");
    if (result.cleaning && (result.cleaning.removed.length > 0 || result.cleaning.spaced > 0))
      cleaned++;
    return result.text.trim();
  };
  let checkedHeader = false;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string | undefined>>) {
      if (!checkedHeader) {
        const missing = REQUIRED_COLUMNS.filter((column) => !(column in record));
        if (missing.length > 0) {
          throw new EscoImportError(
            `Not an ESCO skills CSV: missing column(s) ${missing.join(", ")}.`,
          );
        }
        checkedHeader = true;
      }
      const uri = record.conceptUri?.trim() ?? "";
      const label = line(record.preferredLabel);
      const code = uri.match(/\/skill\/([0-9a-f-]{36})$/)?.[1];
      if (!code || !label || (record.status && record.status.trim() !== "released")) {
        skipped++;
        continue;
      }
      const altLabels = [
        ...new Set(
          (record.altLabels ?? "")
            .split(/\r?\n/)
            .map(line)
            .filter((alt) => alt && alt !== label),
        ),
      ];
      skills.push({
        code,
        uri,
        label,
        altLabels,
        category: categoryOf(record.skillType, record.reuseLevel),
      });
    }
  } catch (error) {
    if (error instanceof EscoImportError) throw error;
    throw new EscoImportError(
      `The CSV file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!checkedHeader) throw new EscoImportError("The CSV file has no rows.");
  return { skills, skipped, cleaned };
}

function categoryOf(skillType: string | undefined, reuseLevel: string | undefined): Category {
  if (skillType?.trim() === "knowledge") return "knowledge";
  if (reuseLevel?.trim() === "transversal") return "soft-skill";
  return "know-how";
}

/**
 * Upserts the skills in one transaction, filling the labels of `locale` and keeping the other
 * language's (so the French and English files can be imported one after the other). A new entry
 * takes this language's labels for both until the other file arrives. Bumps the reference version.
 */
export async function importEscoSkills(db: Db, input: Readable, locale: Locale) {
  const { skills, skipped, cleaned } = await readEscoSkills(input);
  const path = `{${locale}}`;
  const version = await db.transaction(async (tx) => {
    for (let start = 0; start < skills.length; start += BATCH) {
      const rows = skills.slice(start, start + BATCH).map((skill) => ({
        scheme: "esco",
        code: skill.code,
        uri: skill.uri,
        category: skill.category,
        sector: null,
        labels: { fr: skill.label, en: skill.label },
        altLabels:
          locale === "fr" ? { fr: skill.altLabels, en: [] } : { fr: [], en: skill.altLabels },
      }));
      await tx
        .insert(referenceEntries)
        .values(rows)
        .onConflictDoUpdate({
          target: [referenceEntries.scheme, referenceEntries.code],
          set: {
            uri: sql`excluded.uri`,
            category: sql`excluded.category`,
            labels: sql`jsonb_set(${referenceEntries.labels}, ${path}::text[], excluded.labels -> ${locale})`,
            altLabels: sql`jsonb_set(${referenceEntries.altLabels}, ${path}::text[], excluded.alt_labels -> ${locale})`,
            updatedAt: sql`now()`,
          },
        });
    }
    const [row] = await tx
      .insert(referenceVersion)
      .values({ id: 1, version: 1 })
      .onConflictDoUpdate({
        target: referenceVersion.id,
        set: { version: sql`${referenceVersion.version} + 1`, updatedAt: sql`now()` },
      })
      .returning({ version: referenceVersion.version });
    return row?.version ?? 1;
  });
  return { imported: skills.length, skipped, cleaned, version };
}
