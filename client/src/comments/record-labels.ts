import { useLiveQuery } from "dexie-react-hooks";
import { competencySchema } from "../../../shared/schemas/competency";
import { experienceSchema } from "../../../shared/schemas/experience";
import { profileSchema } from "../../../shared/schemas/profile";
import { readRecords } from "../db/portfolio";

/** What a comment or a suggestion needs to name the person's records, read from the device. */
export type RecordLabels = {
  experience: ReadonlyMap<string, string>;
  competency: ReadonlyMap<string, string>;
  /** The current text of the fields a reword may replace, by `${table}:${id}:${field}`. */
  text: ReadonlyMap<string, string>;
};

const empty: RecordLabels = { experience: new Map(), competency: new Map(), text: new Map() };

async function readLabels(): Promise<RecordLabels> {
  const [experiences, competencies, profiles] = await Promise.all([
    readRecords("experience", experienceSchema),
    readRecords("competency", competencySchema),
    readRecords("profile", profileSchema),
  ]);
  const text = new Map<string, string>();
  for (const experience of experiences.records) {
    text.set(`experience:${experience.id}:title`, experience.title);
    text.set(`experience:${experience.id}:description`, experience.description);
  }
  for (const competency of competencies.records) {
    text.set(`competency:${competency.id}:label`, competency.label);
    text.set(`competency:${competency.id}:note`, competency.note);
  }
  for (const profile of profiles.records) {
    text.set(`profile:${profile.id}:headline`, profile.headline);
    text.set(`profile:${profile.id}:summary`, profile.summary);
  }
  return {
    experience: new Map(experiences.records.map((record) => [record.id, record.title])),
    competency: new Map(competencies.records.map((record) => [record.id, record.label])),
    text,
  };
}

/** Live labels of the person's experiences and competencies (empty until read). */
export function useRecordLabels(): RecordLabels {
  return useLiveQuery(readLabels, [], empty);
}
