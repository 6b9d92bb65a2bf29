import { parse } from "csv-parse/browser/esm/sync";
import { strFromU8 } from "fflate";
import { cefrLevels, competencyDefaults } from "../../../shared/schemas/competency";
import {
  type ExperienceFields,
  type ExperienceKind,
  experienceDefaults,
} from "../../../shared/schemas/experience";
import type { ProfileFields } from "../../../shared/schemas/profile";
import { fieldSchemas } from "../../../shared/sync/fields";
import { cleanRecord } from "./clean-record";
import { type ImportCandidates, noCandidates, where } from "./import-candidates";
import { ImportRefusedError } from "./limits";

/**
 * The files of LinkedIn's "Get a copy of your data" export this import reads, with the column
 * that starts each header (some files carry a few lines of notes above it).
 */
export const linkedInFiles = {
  "profile.csv": "First Name",
  "positions.csv": "Company Name",
  "education.csv": "School Name",
  "skills.csv": "Name",
  "languages.csv": "Name",
  "certifications.csv": "Name",
  "projects.csv": "Title",
  "volunteering.csv": "Company Name",
} as const;
type LinkedInFile = keyof typeof linkedInFiles;

/** The file a zip entry is, whatever folder LinkedIn put it in and however it is cased. */
export function linkedInFileOf(entryName: string): LinkedInFile | null {
  const base = entryName.split("/").pop()?.toLowerCase() ?? "";
  return base in linkedInFiles ? (base as LinkedInFile) : null;
}

type Row = Record<string, string>;

/** Rows of one CSV as objects keyed by header, starting at the header line LinkedIn uses. */
export function readCsv(text: string, firstColumn: string): Row[] {
  const cells: string[][] = parse(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  const headerAt = cells.findIndex((row) => row[0]?.trim() === firstColumn);
  if (headerAt < 0) return [];
  const header = (cells[headerAt] ?? []).map((name) => name.trim());
  return cells
    .slice(headerAt + 1)
    .map((row) =>
      Object.fromEntries(header.map((name, index) => [name, (row[index] ?? "").trim()])),
    );
}

const months: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

/** LinkedIn's dates: "Sep 2019", "2019", "Apr 13, 1990", "2019-09-01"; anything else: unknown. */
export function linkedInDate(value: string | undefined): string | null {
  const text = (value ?? "").trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return text;
  const monthYear = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(text);
  if (monthYear?.[1] && monthYear[2]) {
    const month = months[monthYear[1].toLowerCase()];
    return month ? `${monthYear[2]}-${month}` : monthYear[2];
  }
  const full = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$/.exec(text);
  if (full?.[1] && full[2] && full[3]) {
    const month = months[full[1].toLowerCase()];
    return month ? `${full[3]}-${month}-${full[2].padStart(2, "0")}` : full[3];
  }
  return null;
}

/** LinkedIn's proficiency names, as the nearest CEFR level (native speakers: C2). */
const proficiencies: [RegExp, (typeof cefrLevels)[number]][] = [
  [/native|bilingual/i, "C2"],
  [/full professional/i, "C1"],
  [/professional working/i, "B2"],
  [/limited working/i, "B1"],
  [/elementary/i, "A2"],
];

/**
 * Reads the CSV files of a LinkedIn export: positions, volunteering, education, certifications
 * (as trainings) and projects become experiences; skills and languages become competencies;
 * the profile fills the person's empty profile fields. Rows that would make an invalid record
 * (no title, a field too long) are listed with their file and line.
 */
export function readLinkedIn(entries: Map<string, Uint8Array>): ImportCandidates {
  const files = new Map<LinkedInFile, Row[]>();
  for (const [name, bytes] of entries) {
    const file = linkedInFileOf(name);
    if (file) files.set(file, readCsv(strFromU8(bytes), linkedInFiles[file]));
  }
  if (files.size === 0) throw new ImportRefusedError("unknown-zip");
  const candidates = noCandidates("linkedin");
  const rows = (file: LinkedInFile) => files.get(file) ?? [];
  const place = (file: string, index: number, title: string) =>
    where(`${file} #${index + 1}${title ? ` – ${title}` : ""}`);

  const experience = (
    file: string,
    index: number,
    raw: Partial<ExperienceFields> & { kind: ExperienceKind; title: string },
  ) => {
    const fields = cleanRecord(candidates, "experience", raw, place(file, index, ""));
    if (fields.title.trim() === "") {
      candidates.unreadable.push({ where: place(file, index, ""), reason: "missing-title" });
      return;
    }
    const record = fieldSchemas.experience.safeParse({ ...experienceDefaults, ...fields });
    if (record.success) {
      candidates.experiences.push({ sourceId: `${file}:${index}`, fields: record.data });
    } else {
      candidates.unreadable.push({
        where: place(file, index, fields.title),
        reason: "invalid-record",
      });
    }
  };

  for (const [index, row] of rows("positions.csv").entries()) {
    experience("Positions.csv", index, {
      kind: "job",
      title: row.Title || row["Company Name"] || "",
      organisation: row["Company Name"] ?? "",
      location: row.Location ?? "",
      description: row.Description ?? "",
      startDate: linkedInDate(row["Started On"]),
      endDate: linkedInDate(row["Finished On"]),
    });
  }
  for (const [index, row] of rows("volunteering.csv").entries()) {
    experience("Volunteering.csv", index, {
      kind: "volunteering",
      title: row.Role || row["Company Name"] || "",
      organisation: row["Company Name"] ?? "",
      description: row.Description ?? "",
      tags: row.Cause ? [row.Cause] : [],
      startDate: linkedInDate(row["Started On"]),
      endDate: linkedInDate(row["Finished On"]),
    });
  }
  rows("education.csv").forEach((row, index) => {
    const activities = row.Activities ?? "";
    experience("Education.csv", index, {
      kind: "education",
      title: row["Degree Name"] || row["School Name"] || "",
      organisation: row["School Name"] ?? "",
      description: [row.Notes, activities.length > 300 ? activities : ""]
        .filter(Boolean)
        .join("\n\n"),
      activities: activities && activities.length <= 300 ? [activities] : [],
      startDate: linkedInDate(row["Start Date"]),
      endDate: linkedInDate(row["End Date"]),
    });
  });
  for (const [index, row] of rows("certifications.csv").entries()) {
    experience("Certifications.csv", index, {
      kind: "training",
      title: row.Name ?? "",
      organisation: row.Authority ?? "",
      description: [row["License Number"], row.Url].filter(Boolean).join("\n"),
      startDate: linkedInDate(row["Started On"]),
      endDate: linkedInDate(row["Finished On"]) ?? linkedInDate(row["Started On"]),
    });
  }
  for (const [index, row] of rows("projects.csv").entries()) {
    experience("Projects.csv", index, {
      kind: "project",
      title: row.Title ?? "",
      description: [row.Description, row.Url].filter(Boolean).join("\n\n"),
      startDate: linkedInDate(row["Started On"]),
      endDate: linkedInDate(row["Finished On"]),
    });
  }

  const competency = (file: string, index: number, rawLabel: string, extra: object) => {
    const raw = { ...competencyDefaults, label: rawLabel, ...extra };
    const fields = cleanRecord(candidates, "competency", raw, place(file, index, ""));
    const label = fields.label;
    if (label.trim() === "") return;
    const record = fieldSchemas.competency.safeParse(fields);
    if (record.success)
      candidates.competencies.push({ sourceId: `${file}:${index}`, fields: record.data });
    else candidates.unreadable.push({ where: place(file, index, label), reason: "invalid-record" });
  };
  for (const [index, row] of rows("skills.csv").entries()) {
    competency("Skills.csv", index, row.Name ?? "", {});
  }
  rows("languages.csv").forEach((row, index) => {
    const proficiency = row.Proficiency ?? "";
    const cefr = proficiencies.find(([pattern]) => pattern.test(proficiency))?.[1];
    competency("Languages.csv", index, row.Name ?? "", {
      category: "language",
      level: cefr ? cefrLevels.indexOf(cefr) + 1 : null,
      note: proficiency,
    });
  });

  const [profile] = rows("profile.csv");
  if (profile) {
    const fields: Partial<ProfileFields> = cleanRecord(candidates, "profile", {
      firstName: profile["First Name"] ?? "",
      lastName: profile["Last Name"] ?? "",
      headline: profile.Headline ?? "",
      summary: profile.Summary ?? "",
      address: profile.Address ?? "",
      city: profile["Geo Location"] ?? "",
      birthDate: linkedInDate(profile["Birth Date"]),
    });
    const valid = Object.fromEntries(
      Object.entries(fields).filter(
        ([key, value]) =>
          fieldSchemas.profile.shape[key as keyof ProfileFields].safeParse(value).success,
      ),
    );
    candidates.profile = { fields: valid, photoBytes: null };
  }
  return candidates;
}
