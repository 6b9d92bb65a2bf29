import { describe, expect, it } from "vitest";
import { catalogs, formatMessage, translate } from "../../../shared/i18n/index";
import { apiErrorCodes } from "../../../shared/schemas/index";
import { formatDateTime, localeFromBrowser } from "./locale";

describe("catalogues", () => {
  it("English has exactly the keys of French", () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.fr).sort());
  });

  it("a message is plural in English exactly where it is plural in French", () => {
    for (const [key, message] of Object.entries(catalogs.fr)) {
      expect(typeof catalogs.en[key as keyof typeof catalogs.en], key).toBe(typeof message);
    }
  });

  it("every API error code has a non-empty message in both languages", () => {
    for (const code of apiErrorCodes) {
      expect(translate("fr", `error.${code}`), code).not.toBe("");
      expect(translate("en", `error.${code}`), code).not.toBe("");
      expect(translate("fr", `error.${code}`)).not.toBe(translate("en", `error.${code}`));
    }
    expect(translate("fr", "error.network")).toMatch(/connexion/);
  });

  it("no message is left empty or untranslated placeholder text", () => {
    for (const catalog of Object.values(catalogs)) {
      for (const message of Object.values(catalog)) {
        const forms = typeof message === "string" ? [message] : Object.values(message);
        for (const form of forms) expect(form.trim()).not.toBe("");
      }
    }
  });
});

describe("formatMessage", () => {
  it("picks the plural form with Intl.PluralRules for the locale", () => {
    expect(translate("fr", "error.rate_limited.wait", { count: 1 })).toBe(
      "Trop de tentatives. Réessayez dans 1 minute.",
    );
    expect(translate("fr", "error.rate_limited.wait", { count: 5 })).toBe(
      "Trop de tentatives. Réessayez dans 5 minutes.",
    );
    expect(translate("en", "error.rate_limited.wait", { count: 1 })).toBe(
      "Too many attempts. Try again in 1 minute.",
    );
    expect(translate("en", "error.rate_limited.wait", { count: 0 })).toBe(
      "Too many attempts. Try again in 0 minutes.",
    );
  });

  it("French treats 0 and 1.5 as singular, as its plural rules say", () => {
    const message = { one: "{count} essai", other: "{count} essais" };
    expect(formatMessage("fr", message, { count: 0 })).toBe("0 essai");
    expect(formatMessage("fr", message, { count: 1.5 })).toBe("1,5 essai");
    expect(formatMessage("en", message, { count: 1.5 })).toBe("1.5 essais");
  });

  it("fills placeholders and formats numbers for the locale", () => {
    expect(formatMessage("fr", "{n} sur {total}", { n: 12500, total: "tout" })).toBe(
      "12\u202f500 sur tout",
    );
    expect(formatMessage("en", "{n} of {total}", { n: 12500, total: "all" })).toBe("12,500 of all");
    expect(formatMessage("en", "missing {name}")).toBe("missing {name}");
  });
});

describe("locale helpers", () => {
  it("follows the first supported browser language, French otherwise", () => {
    expect(localeFromBrowser(["en-GB", "fr"])).toBe("en");
    expect(localeFromBrowser(["de-DE", "fr-BE", "en"])).toBe("fr");
    expect(localeFromBrowser(["es"])).toBe("fr");
    expect(localeFromBrowser([])).toBe("fr");
  });

  it("formats dates in the person's language", () => {
    const date = Date.UTC(2026, 2, 5, 12, 0);
    expect(formatDateTime("fr", date)).toMatch(/mars 2026/);
    expect(formatDateTime("en", date)).toMatch(/March 5, 2026/);
  });
});
