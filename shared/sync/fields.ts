import type { z } from "zod/mini";
import { competencyFieldsSchema } from "../schemas/competency";
import { cvFieldsSchema } from "../schemas/cv";
import { experienceFieldsSchema } from "../schemas/experience";
import { profileFieldsSchema } from "../schemas/profile";
import { proofFieldsSchema } from "../schemas/proof";

/** The editable fields of each synced table: what `changes` may hold. */
/**
 * Kept apart from the wire format (protocol.ts) so that code which only speaks the protocol, such
 * as the app shell's sync engine, does not load every entity schema.
 */
export const fieldSchemas = {
  profile: profileFieldsSchema,
  experience: experienceFieldsSchema,
  competency: competencyFieldsSchema,
  proof: proofFieldsSchema,
  cv: cvFieldsSchema,
} as const;

export type FieldsOf = {
  profile: z.infer<typeof profileFieldsSchema>;
  experience: z.infer<typeof experienceFieldsSchema>;
  competency: z.infer<typeof competencyFieldsSchema>;
  proof: z.infer<typeof proofFieldsSchema>;
  cv: z.infer<typeof cvFieldsSchema>;
};

/** `restore` takes back a delete: allowed to the client that deleted, or to one that saw the delete. */
