import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { fieldSchemas } from "../sync/fields";
import { cleanTextFields, textFieldKinds } from "./text-fields";

/** Names of the free-text fields of a schema, found by walking it (nested objects and lists too). */
function textFieldNames(schema: z.core.$ZodType, name: string, into: Set<string>) {
  if (schema instanceof z.core.$ZodString && !(schema instanceof z.core.$ZodStringFormat))
    into.add(name);
  if (schema instanceof z.core.$ZodNullable || schema instanceof z.core.$ZodOptional)
    textFieldNames(schema._zod.def.innerType, name, into);
  if (schema instanceof z.core.$ZodArray) textFieldNames(schema._zod.def.element, name, into);
  if (schema instanceof z.core.$ZodObject) {
    for (const [key, inner] of Object.entries(schema._zod.def.shape))
      textFieldNames(inner, key, into);
  }
}

describe("the text fields of synced records", () => {
  it("knows the kind of every free-text field of every synced table", () => {
    const names = new Set<string>();
    for (const schema of Object.values(fieldSchemas)) textFieldNames(schema, "", names);
    // Dates and hashes are strings checked by a pattern, not free text.
    for (const pattern of ["startDate", "endDate", "birthDate", "date", "sha256"])
      names.delete(pattern);
    expect([...names].filter((name) => !(name in textFieldKinds))).toEqual([]);
  });

  it("cleans each free text by its kind and leaves other values alone", () => {
    const { value, changed } = cleanTextFields({
      id: "x\u0000",
      title: "Chef\u0000 de\trang",
      description: "Service\n\tdu soir\u0000",
      tags: ["salle", "\u202ebar"],
      reference: { scheme: "esco", code: "c\u0001", uri: null },
      languages: [{ language: "Anglais\u0085", level: "B1" }],
    });
    expect(value).toEqual({
      id: "x\u0000",
      title: "Chef de rang",
      description: "Service\n\tdu soir",
      tags: ["salle", "bar"],
      reference: { scheme: "esco", code: "c", uri: null },
      languages: [{ language: "Anglais", level: "B1" }],
    });
    expect(changed.map(({ field, line }) => [field, line])).toEqual([
      ["title", null],
      ["description", null],
      ["tags", 2],
      ["reference", null],
      ["languages", null],
    ]);
  });
});
