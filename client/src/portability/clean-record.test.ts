import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { fieldSchemas } from "../../../shared/sync/fields";
import { ARCHIVE_FORMAT, ARCHIVE_JSON } from "./archive-format";
import { readArchive } from "./read-archive";
import { readLinkedIn } from "./read-linkedin";

const OWNER = "0190f1d2-0000-7000-8000-0000000000c3";
const EXPERIENCE = "0190f1d2-0000-7000-8000-0000000000c4";

describe("cleaning imported records", () => {
  it("cleans a LinkedIn export's rows instead of leaving them out, and lists each change", () => {
    const positions = [
      "Company Name,Title,Description,Location,Started On,Finished On",
      'Bistrot\u0000,"Serveur\u202e",Service\u0001 en salle,Lyon,Jan 2020,',
    ].join("\n");
    const candidates = readLinkedIn(
      new Map([
        ["Export/Positions.csv", strToU8(positions)],
        [
          "Export/Profile.csv",
          strToU8("First Name,Last Name,Headline\nZo\u0000é,Ba,Chef\tde rang\n"),
        ],
      ]),
    );
    expect(candidates.unreadable).toEqual([]);
    expect(candidates.experiences[0]?.fields).toMatchObject({
      title: "Serveur",
      organisation: "Bistrot",
      description: "Service en salle",
    });
    expect(candidates.profile?.fields).toMatchObject({
      firstName: "Zoé",
      headline: "Chef de rang",
    });
    expect(candidates.cleaned.map(({ table, record, field }) => [table, record, field])).toEqual([
      ["experience", "Serveur", "title"],
      ["experience", "Serveur", "organisation"],
      ["experience", "Serveur", "description"],
      ["profile", "Zoé Ba", "firstName"],
      ["profile", "Zoé Ba", "headline"],
    ]);
  });

  it("cleans our own export's records, a lone surrogate in a tag included", async () => {
    const json = {
      format: ARCHIVE_FORMAT,
      version: 1,
      exportedAt: "2026-11-29T10:00:00.000Z",
      records: {
        experience: [
          {
            id: EXPERIENCE,
            ownerId: OWNER,
            kind: "job",
            title: "Vendanges",
            organisation: "",
            location: "",
            startDate: "2023",
            endDate: null,
            description: "",
            activities: [],
            tags: ["vigne", "\udc00raisin"],
          },
        ],
      },
    };
    const candidates = await readArchive(new Map([[ARCHIVE_JSON, strToU8(JSON.stringify(json))]]));
    expect(candidates.experiences[0]?.fields.tags).toEqual(["vigne", "raisin"]);
    expect(candidates.cleaned).toEqual([
      {
        table: "experience",
        record: "Vendanges",
        field: "tags",
        line: 2,
        removed: [{ code: "lone_surrogate", codePoint: "U+DC00", count: 1 }],
        spaced: 0,
      },
    ]);
    expect(fieldSchemas.experience.safeParse(candidates.experiences[0]?.fields).success).toBe(true);
  });
});
