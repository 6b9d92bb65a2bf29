import { z } from "zod/mini";

export const locales = ["fr", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

/** Record ids are generated on the device (UUIDv7, so they sort by creation time). */
export const idSchema = z.uuid();

/** A date as precise as the person remembers it: `2019`, `2019-09` or `2019-09-15`. */
export const partialDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      "Expected YYYY, YYYY-MM or YYYY-MM-DD",
    ),
  );
export type PartialDate = z.infer<typeof partialDateSchema>;

/** Text fields follow the one text rule of ./text.ts (line, optional line, multi-line text). */
export { lineSchema, optionalLineSchema, textSchema } from "./text";

/** Columns every synced record carries (docs/data-model.md, "Synced portfolio records"). */
export const syncColumns = {
  id: idSchema,
  ownerId: idSchema,
  version: z.number().check(z.int(), z.nonnegative()),
  deleted: z.boolean(),
  updatedAt: z.iso.datetime(),
};
