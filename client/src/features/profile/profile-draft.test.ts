import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../../shared/i18n/index";
import { profileDefaults } from "../../../../shared/schemas/profile";
import { formatStorage } from "../../blobs/storage-format";
import { prepareFile } from "../../blobs/store-file";
import { openDatabase, type SkillfolioDatabase } from "../../db/database";
import { setDeviceOwner } from "../../db/replica-store";
import { checkProfileDraft, draftOfProfile, saveProfile } from "./profile-draft";

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate("fr", key, params);
const USER = "0190f0c8-0000-7000-8000-0000000000aa";

describe("checking the profile form", () => {
  it("makes the profile's fields, with a partial birth date and the languages in order", () => {
    const draft = {
      ...draftOfProfile(profileDefaults),
      firstName: "Camille",
      birthDate: { year: "1994", month: "", day: "" },
      languages: [
        { key: "a", language: "Français", level: "native" as const },
        { key: "b", language: "Anglais", level: "B1" as const },
      ],
    };
    const checked = checkProfileDraft(draft, null, "fr", t);
    expect(checked).toHaveProperty("fields.birthDate", "1994");
    expect(checked).toHaveProperty("fields.languages", [
      { language: "Français", level: "native" },
      { language: "Anglais", level: "B1" },
    ]);
  });

  it("points at a wrong email, an impossible date and a language without a name", () => {
    const draft = {
      ...draftOfProfile(profileDefaults),
      email: "camille-at-example",
      birthDate: { year: "1994", month: "02", day: "30" },
      languages: [{ key: "a", language: " ", level: "A2" as const }],
    };
    expect(checkProfileDraft(draft, null, "fr", t)).toEqual({
      errors: {
        email: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
        birthDate: expect.stringMatching(/^Cette date n’est pas valable/),
        "language.a": "Ce champ est obligatoire.",
      },
    });
  });
});

describe("the text rule in the profile form", () => {
  it("points at a pasted NUL, a bidi override and a broken character, and keeps tabs in the summary", () => {
    const draft = {
      ...draftOfProfile(profileDefaults),
      firstName: "Cam\u0000ille",
      city: "Lyon\u202e",
      summary: "Serveuse\n\tpuis cheffe de rang",
      languages: [{ key: "a", language: "Anglais\udc00", level: "B1" as const }],
    };
    expect(checkProfileDraft(draft, null, "fr", t)).toEqual({
      errors: {
        firstName: expect.stringContaining("caractère de contrôle invisible (U+0000)"),
        city: expect.stringContaining("inverse le sens de lecture (U+202E)"),
        "language.a": expect.stringContaining("caractère incomplet (U+DC00)"),
      },
    });
  });
});

describe("saving the profile", () => {
  let database: SkillfolioDatabase;
  beforeEach(async () => {
    database = openDatabase(`profile-${crypto.randomUUID()}`);
    await setDeviceOwner(database, USER);
  });
  afterEach(async () => {
    await database.delete();
  });

  it("creates it under the user's id the first time, then writes only what changed", async () => {
    const photo = await prepareFile(
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])], "moi.jpg"),
    );
    await saveProfile(
      USER,
      { ...profileDefaults, firstName: "Camille", photo: photo.ref },
      photo,
      database,
    );
    await saveProfile(
      USER,
      { ...profileDefaults, firstName: "Camille", city: "Metz", photo: photo.ref },
      null,
      database,
    );
    expect(await database.profile.get(USER)).toMatchObject({
      firstName: "Camille",
      city: "Metz",
      photo: photo.ref,
    });
    expect(await database.blobs.count()).toBe(1);
    const outbox = await database.outbox.orderBy("id").toArray();
    expect(outbox.map((entry) => [entry.op, entry.key])).toEqual([
      ["put", USER],
      ["patch", USER],
    ]);
    expect(outbox[1]?.changes).toEqual({ city: "Metz" });
  });
});

describe("storage figures", () => {
  it("shows megabytes in the person's language, gigabytes for large quotas", () => {
    // French puts a narrow no-break space between the number and its unit.
    expect(formatStorage("fr", 12_345_678)).toBe("12,3\u202fMo");
    expect(formatStorage("en", 12_345_678)).toBe("12.3 MB");
    expect(formatStorage("fr", 0)).toBe("0\u202fMo");
    expect(formatStorage("en", 120_000_000_000)).toBe("120 GB");
  });
});
