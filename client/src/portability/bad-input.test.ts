import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SkillfolioDatabase } from "../db/database";
import { applyImport } from "./apply-import";
import { ARCHIVE_JSON } from "./archive-format";
import { buildExportArchive } from "./export-archive";
import { emptyAccount, seedPortfolio } from "./fixtures/seed";
import { previewImport } from "./import-file";
import { jsonResumeFile } from "./json-resume";
import { ImportRefusedError, importLimits } from "./limits";
import { readPortfolio } from "./portfolio-data";

const ALICE = "0190f1d2-0000-7000-8000-0000000000a1";
const BOB = "0190f1d2-0000-7000-8000-0000000000b2";
let alice: SkillfolioDatabase;
let bob: SkillfolioDatabase;

beforeEach(async () => {
  alice = await emptyAccount(ALICE);
  await seedPortfolio(alice, ALICE);
  bob = await emptyAccount(BOB);
  await seedPortfolio(bob, BOB);
});
afterEach(async () => {
  await alice.delete();
  await bob.delete();
});

/** Everything the device holds, to show that a refused import changed nothing. */
async function dump(database: SkillfolioDatabase) {
  const tables = [
    "profile",
    "experience",
    "competency",
    "proof",
    "cv",
    "blobs",
    "outbox",
    "serverCopies",
    "meta",
  ] as const;
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await database.table(t).toArray()])),
  );
}

async function expectRefused(
  file: Parameters<typeof previewImport>[0],
  problem: string,
  limits = importLimits,
) {
  const before = await dump(bob);
  const error = await previewImport(file, bob, limits).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportRefusedError);
  expect((error as ImportRefusedError).problem).toBe(problem);
  expect(await dump(bob)).toEqual(before);
  return error as ImportRefusedError;
}

const zipFile = (files: Record<string, Uint8Array>, name = "export.zip") =>
  new File([zipSync(files)], name);

async function aliceArchive() {
  return unzipSync((await buildExportArchive(alice)).bytes);
}

describe("a file that cannot be imported is refused with its reason, and nothing is written", () => {
  it("an empty file, a text file, and a file named .zip that is not one", async () => {
    await expectRefused(new File([], "rien.zip"), "empty");
    await expectRefused(new File(["Bonjour"], "notes.txt"), "unsupported");
    await expectRefused(new File(["%PDF-1.4 pas un zip"], "export.zip"), "not-zip");
  });

  it("a file over 50 MB, refused before it is read", async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    await expectRefused(
      { name: "huge.zip", size: importLimits.maxFileBytes + 1, arrayBuffer },
      "too-big",
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("a zip cut short, wherever it is cut", async () => {
    const bytes = (await buildExportArchive(alice)).bytes;
    await expectRefused(
      new File([bytes.subarray(0, bytes.length - 10)], "export.zip"),
      "truncated-zip",
    );
    await expectRefused(
      new File([bytes.subarray(0, Math.floor(bytes.length / 2))], "export.zip"),
      "truncated-zip",
    );
  });

  it("a zip that is neither ours nor LinkedIn's", async () => {
    await expectRefused(
      zipFile({ "photos/plage.jpg": new Uint8Array([0xff, 0xd8, 0xff, 1]) }),
      "unknown-zip",
    );
  });

  it("a zip bomb: 300 MB of zeros, declared honestly or lying about its size", async () => {
    const bomb = zipSync({ [ARCHIVE_JSON]: new Uint8Array(300 * 1024 * 1024) }, { level: 1 });
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    await expectRefused(new File([bomb], "export.zip"), "zip-bomb");

    // The same bytes declaring 1 000 bytes in both headers: caught while inflating.
    const liar = bomb.slice();
    const view = new DataView(liar.buffer);
    view.setUint32(22, 1000, true);
    const endRecord = liar.byteLength - 22;
    const centralDirectory = view.getUint32(endRecord + 16, true);
    view.setUint32(centralDirectory + 24, 1000, true);
    const error = await expectRefused(new File([liar], "export.zip"), "zip-bomb");
    expect(error.message).toMatch(/inflates past the limit/);
  }, 60_000);

  it("many entries each under the per-entry cap but together over the total", async () => {
    const limits = {
      ...importLimits,
      maxEntryBytes: 1024 * 1024,
      maxUncompressedBytes: 4 * 1024 * 1024,
    };
    const files: Record<string, Uint8Array> = { [ARCHIVE_JSON]: strToU8("{}") };
    for (let i = 0; i < 6; i++) files[`blobs/${String(i).repeat(64)}`] = new Uint8Array(900 * 1024);
    await expectRefused(zipFile(files), "zip-bomb", limits);
  });

  it("too many entries", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= importLimits.maxEntries; i++) files[`blobs/${i}`] = new Uint8Array(0);
    await expectRefused(zipFile(files), "too-many-entries");
  });

  it("JSON that is broken, not ours, from a newer version, or not the shape of a JSON Resume", async () => {
    await expectRefused(new File(['{"basics": {"name": "Ewa"'], "resume.json"), "not-json");
    await expectRefused(
      new File(['{"format":"skillfolio-export","version":"un"}'], "x.json"),
      "wrong-format",
    );
    await expectRefused(
      new File(
        [JSON.stringify({ format: "skillfolio-export", version: 99, exportedAt: "", records: {} })],
        "x.json",
      ),
      "newer-version",
    );
    await expectRefused(new File(["[1, 2, 3]"], "resume.json"), "not-json-resume");
    await expectRefused(
      new File(['{"name": "Ewa", "jobs": []}'], "resume.json"),
      "not-json-resume",
    );
    await expectRefused(
      new File(['{"basics": {}, "work": "Boulangerie"}'], "resume.json"),
      "not-json-resume",
    );
    await expectRefused(new File(['{"basics": ["Ewa"]}'], "resume.json"), "not-json-resume");
  });
});

describe("a readable file with some bad items", () => {
  it("lists a record failing its schema as unreadable and imports the rest", async () => {
    const files = await aliceArchive();
    const document = JSON.parse(strFromU8(files[ARCHIVE_JSON] as Uint8Array));
    document.records.experience[0].title = "";
    const care = document.records.competency.find(
      (competency: { label: string }) => competency.label === "Réaliser des soins d’hygiène",
    );
    care.level = 42;
    files[ARCHIVE_JSON] = strToU8(JSON.stringify(document));
    const target = await emptyAccount("0190f1d2-0000-7000-8000-0000000000c3");
    try {
      const plan = await previewImport(zipFile(files), target);
      expect(plan.unreadable).toEqual([
        { where: expect.stringMatching(/^experience: [0-9a-f]{8}-/), reason: "invalid-record" },
        { where: "competency: Réaliser des soins d’hygiène", reason: "invalid-record" },
      ]);
      expect(plan.add.experience).toHaveLength(3);
      expect(plan.add.competency).toHaveLength(2);
      await applyImport(plan, target);
      expect((await readPortfolio(target)).experiences).toHaveLength(3);
    } finally {
      await target.delete();
    }
  });

  it("leaves out a proof whose file does not match its SHA-256", async () => {
    const files = await aliceArchive();
    const name = Object.keys(files).find(
      (path) => path.startsWith("blobs/") && files[path]?.[0] === 0x25,
    );
    if (!name) throw new Error("no PDF in the archive");
    const tampered = (files[name] as Uint8Array).slice();
    tampered[tampered.length - 2] = 0x21;
    files[name] = tampered;
    const target = await emptyAccount("0190f1d2-0000-7000-8000-0000000000c3");
    try {
      const plan = await previewImport(zipFile(files), target);
      expect(plan.unreadable).toEqual([{ where: "Attestation PSC1", reason: "file-mismatch" }]);
      expect(plan.add.proof).toEqual([]);
      const care = plan.add.competency.find(
        (c) => c.fields.label === "Réaliser des soins d’hygiène",
      );
      expect(care?.fields.evidence.proofIds).toEqual([]);
      expect(care?.fields.evidence.experienceIds).toHaveLength(2);
      await applyImport(plan, target);
      expect(await target.blobs.count()).toBe(1);
    } finally {
      await target.delete();
    }
  });

  it("keeps hostile strings as plain text, less the bidi override a title may not hold", async () => {
    const target = await emptyAccount("0190f1d2-0000-7000-8000-0000000000c3");
    try {
      const hostile = '<img src=x onerror="alert(1)">{{constructor}}\u202Eevil';
      const plan = await previewImport(
        jsonResumeFile({
          work: [{ name: "__proto__", position: hostile }],
          skills: [{ name: "'; DROP TABLE--" }],
        }),
        target,
      );
      await applyImport(plan, target);
      const portfolio = await readPortfolio(target);
      expect(portfolio.experiences[0]).toMatchObject({
        title: hostile.replace("\u202E", ""),
        organisation: "__proto__",
      });
      expect(plan.cleaned).toMatchObject([{ field: "title", removed: [{ codePoint: "U+202E" }] }]);
      expect(portfolio.competencies[0]?.label).toBe("'; DROP TABLE--");
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    } finally {
      await target.delete();
    }
  });
});
