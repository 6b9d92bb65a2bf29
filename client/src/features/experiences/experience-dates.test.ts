import { describe, expect, it } from "vitest";
import { translate } from "../../../../shared/i18n/index";
import { describeDates } from "./date-range";
import { dateRangeOf, endsBeforeStart, formatShortDate } from "./experience-dates";

const fr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("fr", key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate("en", key, params);

describe("partial dates for reading", () => {
  it("reads a year, a month or a day in the person's language", () => {
    expect(formatShortDate("fr", "2019")).toBe("2019");
    expect(formatShortDate("fr", "2019-09")).toBe("sept. 2019");
    expect(formatShortDate("fr", "2019-09-15")).toBe("15 sept. 2019");
    expect(formatShortDate("en", "2019-09")).toBe("Sep 2019");
    expect(formatShortDate("en", "2019-09-15")).toBe("Sep 15, 2019");
  });

  it("words a range, an ongoing experience, an end alone and no dates at all", () => {
    expect(describeDates(fr, "fr", "2019", "2021")).toBe("2019 – 2021");
    expect(describeDates(fr, "fr", "2021-09", null)).toBe("depuis sept. 2021");
    expect(describeDates(en, "en", "2021-09", null)).toBe("since Sep 2021");
    expect(describeDates(fr, "fr", null, "2020")).toBe("jusqu’en 2020");
    expect(describeDates(fr, "fr", null, null)).toBe("Dates non précisées");
    expect(describeDates(fr, "fr", "2018-06", "2018-06")).toBe("juin 2018");
    expect(dateRangeOf("fr", "2018-03-01", "2018-07")).toEqual({
      kind: "range",
      start: "1 mars 2018",
      end: "juil. 2018",
    });
  });

  it("compares ends and starts at the precision both give", () => {
    expect(endsBeforeStart("2019-09", "2019")).toBe(false);
    expect(endsBeforeStart("2019-09", "2019-05")).toBe(true);
    expect(endsBeforeStart("2019-09-20", "2019-09-02")).toBe(true);
    expect(endsBeforeStart("2019", "2018-12")).toBe(true);
    expect(endsBeforeStart("2019", null)).toBe(false);
    expect(endsBeforeStart(null, "2010")).toBe(false);
  });
});
