import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../../shared/i18n/index";
import { competencyDefaults, competencySchema } from "../../../../shared/schemas/competency";
import type { ProofFields } from "../../../../shared/schemas/proof";
import { prepareFile } from "../../blobs/store-file";
import { openDatabase, type SkillfolioDatabase } from "../../db/database";
import { readRecords, saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { emptyDateParts } from "../../ui/partial-date-field";
import { checkProofDraft, type ProofDraft, saveProof, titleFromFileName } from "./proof-draft";

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);
const blob = { sha256: "a".repeat(64), size: 12, mime: "image/png" as const };
const draft: ProofDraft = {
  title: "CACES R489",
  kind: "certificate",
  issuer: "AFPA Metz",
  date: { year: "2023", month: "06", day: "" },
  experienceIds: [],
  competencyIds: [],
};

describe("titles from file names", () => {
  it("drops the extension and separators, and capitalises", () => {
    expect(titleFromFileName("attestation_de_stage-2023.pdf")).toBe("Attestation de stage-2023");
    expect(titleFromFileName("caces r489 - recto.JPG")).toBe("Caces r489 recto");
  });

  it("leaves camera and number-only names empty, to be filled in", () => {
    expect(titleFromFileName("IMG_20240511_101010.jpg")).toBe("");
    expect(titleFromFileName("PXL_20231002_093000123.jpg")).toBe("");
    expect(titleFromFileName("20240511.png")).toBe("");
  });
});

describe("checking a proof draft", () => {
  it("makes the record's fields with a partial date", () => {
    expect(checkProofDraft(draft, blob, t)).toEqual({
      fields: {
        title: "CACES R489",
        kind: "certificate",
        issuer: "AFPA Metz",
        date: "2023-06",
        blob,
        experienceIds: [],
      },
    });
  });

  it("says what is missing or wrong next to each field, in the person's language", () => {
    const checked = checkProofDraft(
      { ...draft, title: "  ", date: { year: "23", month: "", day: "" } },
      null,
      t,
    );
    expect(checked).toEqual({
      errors: {
        file: "Prenez une photo ou choisissez un fichier.",
        title: "Ce champ est obligatoire.",
        date: expect.stringMatching(/^Cette date n’est pas valable/),
      },
    });
  });

  it("refuses a day without a month and 31 February", () => {
    for (const date of [
      { year: "2023", month: "", day: "12" },
      { year: "2023", month: "02", day: "31" },
    ]) {
      expect(checkProofDraft({ ...draft, date }, blob, t)).toHaveProperty("errors.date");
    }
    expect(checkProofDraft({ ...draft, date: emptyDateParts }, blob, t)).toHaveProperty(
      "fields.date",
      null,
    );
  });
});

describe("saving a proof", () => {
  const owner = "0190f0c8-0000-7000-8000-0000000000aa";
  let database: SkillfolioDatabase;
  beforeEach(async () => {
    database = openDatabase(`proofs-${crypto.randomUUID()}`);
    await setDeviceOwner(database, owner);
  });
  afterEach(async () => {
    await database.delete();
  });

  const pngFile = () =>
    new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9])], "scan.png");

  it("stores the file, the proof and its competency links together", async () => {
    const competencyId = await saveRecord(
      "competency",
      null,
      { ...competencyDefaults, label: "Conduite de chariot" },
      database,
    );
    const competencies = (await readRecords("competency", competencySchema, database)).records;
    const file = await prepareFile(pngFile());
    const fields: ProofFields = { ...draftFields(), blob: file.ref };
    const id = await saveProof(
      { id: null, fields, competencyIds: [competencyId], competencies, file },
      database,
    );
    expect(await database.blobs.count()).toBe(1);
    expect(await database.proof.get(id)).toMatchObject({ title: "CACES R489", blob: file.ref });
    const linked = (await readRecords("competency", competencySchema, database)).records[0];
    expect(linked?.evidence.proofIds).toEqual([id]);
  });

  it("writes nothing, not even the file, when a link cannot be made", async () => {
    const file = await prepareFile(pngFile());
    const missing = {
      ...competencyDefaults,
      label: "Supprimée",
      id: "0190f0c8-0000-7000-8000-0000000000ff",
      ownerId: owner,
      version: 0,
      deleted: false,
      updatedAt: new Date().toISOString(),
    };
    await expect(
      saveProof(
        {
          id: null,
          fields: { ...draftFields(), blob: file.ref },
          competencyIds: [missing.id],
          competencies: [{ ...missing, evidence: { experienceIds: [], proofIds: [] } }],
          file,
        },
        database,
      ),
    ).rejects.toThrow("No such competency");
    expect(await database.blobs.count()).toBe(0);
    expect(await database.proof.count()).toBe(0);
    expect(await database.outbox.count()).toBe(0);
  });
});

function draftFields(): Omit<ProofFields, "blob"> {
  return {
    title: "CACES R489",
    kind: "certificate",
    issuer: "AFPA Metz",
    date: "2023",
    experienceIds: [],
  };
}
