import type { Experience, ExperienceKind } from "../../../../shared/schemas/experience";
import { normaliseForSearch, wordsOf } from "../../../../shared/taxonomy/normalise";
import { yearOf } from "./experience-dates";

type Dated = Pick<Experience, "id" | "title" | "startDate" | "endDate">;

/** Ongoing (started, no end) first, then finished ones, then those without any date. */
function standing(experience: Dated): number {
  if (experience.endDate === null) return experience.startDate === null ? 2 : 0;
  return 1;
}

const descending = (a: string | null, b: string | null) => (b ?? "").localeCompare(a ?? "");

/**
 * The timeline order: ongoing experiences first (latest start first), then by end date, latest
 * first, then by start date; ties keep the newest record first (ids are UUIDv7, so they sort by
 * creation). Partial dates compare as text, which puts "2021-05" before "2021" in a descending
 * list: the more precise date reads as the later one within its year.
 */
export function compareTimeline(a: Dated, b: Dated): number {
  return (
    standing(a) - standing(b) ||
    descending(a.endDate, b.endDate) ||
    descending(a.startDate, b.startDate) ||
    b.id.localeCompare(a.id)
  );
}

export function sortTimeline<T extends Dated>(experiences: readonly T[]): T[] {
  return [...experiences].sort(compareTimeline);
}

/** A heading of the timeline: the ongoing ones, a year, or the undated ones. */
export type TimelineGroup<T> = {
  key: string;
  heading: { kind: "ongoing" } | { kind: "year"; year: string } | { kind: "undated" };
  experiences: T[];
};

/**
 * Groups an already sorted timeline: "En cours", then one group per year an experience ended
 * in (its start year when it has no end), then the undated ones.
 */
export function groupTimeline<T extends Dated>(sorted: readonly T[]): TimelineGroup<T>[] {
  const groups: TimelineGroup<T>[] = [];
  for (const experience of sorted) {
    const key = groupKey(experience);
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = { key, heading: headingOf(key), experiences: [] };
      groups.push(group);
    }
    group.experiences.push(experience);
  }
  return groups;
}

function groupKey(experience: Dated): string {
  if (standing(experience) === 0) return "ongoing";
  const date = experience.endDate ?? experience.startDate;
  return date === null ? "undated" : yearOf(date);
}

function headingOf(key: string): TimelineGroup<never>["heading"] {
  if (key === "ongoing" || key === "undated") return { kind: key };
  return { kind: "year", year: key };
}

type Searchable = Pick<
  Experience,
  "kind" | "title" | "organisation" | "location" | "description" | "activities" | "tags"
>;

/** What the search looks in, normalised once (no accents, no case). */
export function searchTextOf(experience: Searchable): string {
  return normaliseForSearch(
    [
      experience.title,
      experience.organisation,
      experience.location,
      experience.description,
      ...experience.activities,
      ...experience.tags,
    ].join(" "),
  );
}

/**
 * The experiences of the chosen kind (or all) whose text holds every word of the query, each
 * anywhere (accents and case ignored): "vendange reims" finds "Vendanges" at "Reims".
 */
export function filterExperiences<T extends Searchable>(
  experiences: readonly T[],
  { kind, query }: { kind: ExperienceKind | "all"; query: string },
): T[] {
  const words = wordsOf(normaliseForSearch(query));
  return experiences.filter((experience) => {
    if (kind !== "all" && experience.kind !== kind) return false;
    if (words.length === 0) return true;
    const text = searchTextOf(experience);
    return words.every((word) => text.includes(word));
  });
}
