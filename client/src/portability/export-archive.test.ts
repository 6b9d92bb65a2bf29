import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import type { SkillfolioDatabase } from "../db/database";
import { applyImport } from "./apply-import";
import { ARCHIVE_FORMAT, ARCHIVE_JSON } from "./archive-format";
import { buildExportArchive } from "./export-archive";
import { contentView } from "./fixtures/content-view";
import { emptyAccount, pdf, png, seedPortfolio } from "./fixtures/seed";
import { previewImport } from "./import-file";
import { readPortfolio } from "./portfolio-data";

const ALICE = "0190f1d2-0000-7000-8000-0000000000a1";
const BOB = "0190f1d2-0000-7000-8000-0000000000b2";
const opened: SkillfolioDatabase[] = [];

async function account(ownerId: string) {
  const database = await emptyAccount(ownerId);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

const asFile = (bytes: Uint8Array<ArrayBuffer>, name = "skillfolio.zip") => new File([bytes], name);

describe("downloading all my data", () => {
  it("gives one zip with every live record, every file by its hash, and a README", async () => {
    const alice = await account(ALICE);
    const seeded = await seedPortfolio(alice, ALICE);
    const archive = await buildExportArchive(alice, new Date("2026-03-01T10:00:00Z"));

    expect(archive.fileName).toBe("skillfolio-2026-03-01.zip");
    expect(archive.missingFiles).toBe(0);
    expect(archive.counts).toEqual({ experience: 4, competency: 3, proof: 1, cv: 1 });
    const files = unzipSync(archive.bytes);
    expect(Object.keys(files).sort()).toEqual(
      [
        ARCHIVE_JSON,
        "README.txt",
        `blobs/${seeded.photo.sha256}`,
        `blobs/${seeded.certificate.sha256}`,
      ].sort(),
    );
    expect(files[`blobs/${seeded.photo.sha256}`]).toEqual(png);
    expect(files[`blobs/${seeded.certificate.sha256}`]).toEqual(pdf);
    const document = JSON.parse(strFromU8(files[ARCHIVE_JSON] as Uint8Array));
    expect(document).toMatchObject({
      format: ARCHIVE_FORMAT,
      version: 1,
      exportedAt: "2026-03-01T10:00:00.000Z",
    });
    expect(document.records.profile[0]).toMatchObject({ id: ALICE, firstName: "Ελένη" });
    expect(document.records.cv[0].experienceIds).toEqual([seeded.training, seeded.job]);
  });

  it("leaves deleted records out", async () => {
    const alice = await account(ALICE);
    const seeded = await seedPortfolio(alice, ALICE);
    const { deleteRecord } = await import("../db/portfolio");
    await deleteRecord("experience", seeded.project, alice);
    const archive = await buildExportArchive(alice);
    const document = JSON.parse(strFromU8(unzipSync(archive.bytes)[ARCHIVE_JSON] as Uint8Array));
    expect(document.records.experience.map((e: { id: string }) => e.id)).not.toContain(
      seeded.project,
    );
  });
});

describe("importing our zip", () => {
  it("into another, empty account gives the same portfolio with fresh ids and the same links", async () => {
    const alice = await account(ALICE);
    await seedPortfolio(alice, ALICE);
    const archive = await buildExportArchive(alice);
    const bob = await account(BOB);

    const plan = await previewImport(asFile(archive.bytes), bob);
    expect(plan.unreadable).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(await bob.outbox.count()).toBe(0);
    const result = await applyImport(plan, bob);
    expect(result.added).toEqual({ experience: 4, competency: 3, proof: 1, cv: 1 });

    const before = await readPortfolio(alice);
    const after = await readPortfolio(bob);
    expect(contentView(after)).toEqual(contentView(before));
    expect(after.profile?.id).toBe(BOB);
    const aliceIds = new Set(
      [...before.experiences, ...before.competencies, ...before.proofs, ...before.cvs].map(
        (r) => r.id,
      ),
    );
    for (const record of [
      ...after.experiences,
      ...after.competencies,
      ...after.proofs,
      ...after.cvs,
    ]) {
      expect(aliceIds.has(record.id)).toBe(false);
      expect(record.ownerId).toBe(BOB);
    }
    // The files are in the blob store, waiting for the normal upload; every record is in the outbox.
    const blobs = await bob.blobs.toArray();
    expect(blobs.map((blob) => blob.uploadedAt)).toEqual([null, null]);
    expect(await bob.outbox.count()).toBe(4 + 3 + 1 + 1 + 1);
  });

  it("a second time adds nothing", async () => {
    const alice = await account(ALICE);
    await seedPortfolio(alice, ALICE);
    const archive = await buildExportArchive(alice);
    const bob = await account(BOB);
    await applyImport(await previewImport(asFile(archive.bytes), bob), bob);
    const outbox = await bob.outbox.count();

    const again = await previewImport(asFile(archive.bytes), bob);
    expect(again.add).toEqual({ experience: [], competency: [], proof: [], cv: [] });
    expect(again.profile).toBeNull();
    expect(again.skipped.map((s) => s.table).sort()).toEqual([
      "competency",
      "competency",
      "competency",
      "cv",
      "experience",
      "experience",
      "experience",
      "experience",
      "proof",
    ]);
    await applyImport(again, bob);
    expect(await bob.outbox.count()).toBe(outbox);
  });

  it("fills only the empty fields of the profile, never overwriting", async () => {
    const alice = await account(ALICE);
    await seedPortfolio(alice, ALICE);
    const archive = await buildExportArchive(alice);
    const bob = await account(BOB);
    const { saveRecord } = await import("../db/portfolio");
    const { profileDefaults } = await import("../../../shared/schemas/profile");
    await saveRecord(
      "profile",
      BOB,
      { ...profileDefaults, firstName: "Bob", city: "Brno", locale: "en" },
      bob,
    );

    const plan = await previewImport(asFile(archive.bytes), bob);
    expect(Object.keys(plan.profile?.fields ?? {}).sort()).toEqual(
      ["email", "headline", "languages", "lastName", "photo", "summary"].sort(),
    );
    await applyImport(plan, bob);
    const { profile } = await readPortfolio(bob);
    expect(profile).toMatchObject({
      firstName: "Bob",
      city: "Brno",
      locale: "en",
      lastName: "Dvořák-Weiß",
    });
    expect(profile?.photo).not.toBeNull();
  });
});
