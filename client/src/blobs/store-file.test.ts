import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_BLOB_BYTES } from "../../../shared/schemas/proof";
import { openDatabase, type SkillfolioDatabase } from "../db/database";
import { FileRefusedError, prepareFile, saveWithFile, storeFile } from "./store-file";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const pngFile = (name = "diplome.png") => new File([png], name, { type: "image/png" });

let database: SkillfolioDatabase;

beforeEach(async () => {
  database = openDatabase(`store-file-${crypto.randomUUID()}`);
  await database.open();
});

afterEach(async () => {
  await database.delete();
});

describe("storing a file on the device", () => {
  it("keeps its bytes once per hash, waiting for upload, and returns its reference", async () => {
    const first = await storeFile(pngFile(), database);
    const again = await storeFile(pngFile("copie.png"), database);
    expect(again).toEqual(first);
    expect(first).toMatchObject({ size: png.byteLength, mime: "image/png" });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await database.blobs.count()).toBe(1);
    const entry = await database.blobs.get(first.sha256);
    expect(entry?.uploadedAt).toBeNull();
    expect(new Uint8Array(entry?.bytes ?? new ArrayBuffer(0))).toEqual(png);
  });

  it("refuses a text file named .pdf, an empty file and a file over 10 MB, storing nothing", async () => {
    const fake = new File(["<html>not a pdf</html>"], "attestation.pdf", {
      type: "application/pdf",
    });
    const big = new File([new Uint8Array(MAX_BLOB_BYTES + 1)], "scan.pdf");
    for (const [file, problem] of [
      [fake, "wrong-type"],
      [new File([], "vide.png"), "empty"],
      [big, "too-big"],
    ] as const) {
      await expect(storeFile(file, database)).rejects.toEqual(new FileRefusedError(problem));
    }
    expect(await database.blobs.count()).toBe(0);
  });

  it("leaves no file behind when the save that goes with it fails", async () => {
    const prepared = await prepareFile(pngFile());
    await expect(
      saveWithFile(
        prepared,
        async () => {
          throw new Error("the record could not be saved");
        },
        database,
      ),
    ).rejects.toThrow("the record could not be saved");
    expect(await database.blobs.count()).toBe(0);

    await saveWithFile(prepared, async () => "saved", database);
    expect(await database.blobs.count()).toBe(1);
  });
});
