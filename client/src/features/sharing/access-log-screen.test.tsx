import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { AccessLogEntry } from "../../../../shared/schemas/sharing";
import { jsonResponse, renderScreen } from "../../test/render";
import { AccessLogScreen } from "./access-log-screen";

const adviser = { displayName: "Alex Conseil", email: "alex@francetravail.fr" };
const SHARE = "01900000-0000-7000-8000-0000000000bb";

/** Local times, so that what the screen shows does not depend on the machine's time zone. */
const local = (hour: number, minute: number, second = 0) =>
  new Date(2026, 2, 2, hour, minute, second).toISOString();

const entries: AccessLogEntry[] = [
  {
    id: 2,
    adviser,
    shareId: SHARE,
    action: "comment",
    target: "comments",
    at: local(10, 2),
    count: 6,
    lastAt: local(10, 19),
  },
  {
    id: 1,
    adviser,
    shareId: SHARE,
    action: "export",
    target: "portfolio",
    at: local(9, 45),
    count: 1,
    lastAt: local(9, 45),
  },
  {
    id: 0,
    adviser,
    shareId: SHARE,
    action: "view",
    target: "portfolio",
    at: local(9, 30),
    count: 3,
    lastAt: local(9, 30, 40),
  },
];

function openLog(locale: "fr" | "en") {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => jsonResponse(200, { entries })),
  );
  renderScreen(<AccessLogScreen />, { locale });
}

async function logLines() {
  await screen.findAllByText("Alex Conseil");
  return [...document.querySelectorAll<HTMLElement>("li.access-entry")];
}

const time = (iso: string, options: Intl.DateTimeFormatOptions, locale: string) =>
  new Intl.DateTimeFormat(locale, options).format(new Date(iso));

describe("the person's access log", () => {
  it("shows six readings of the comments as one line with their count and time range", async () => {
    openLog("fr");
    const [repeated, single] = await logLines();
    const line = within(repeated as HTMLElement);
    expect(repeated?.textContent).toContain("Alex Conseil a lu les commentaires (6 fois)");
    const first = time(entries[0]?.at ?? "", { dateStyle: "long", timeStyle: "short" }, "fr");
    const last = time(entries[0]?.lastAt ?? "", { timeStyle: "short" }, "fr");
    expect(line.getByText(first).getAttribute("datetime")).toBe(entries[0]?.at);
    expect(line.getByText(`jusqu’à ${last}`).getAttribute("datetime")).toBe(entries[0]?.lastAt);

    expect(single?.textContent).toContain("a exporté");
    expect(single?.textContent).not.toMatch(/fois|jusqu’à/);
  });

  it("gives no end time to reads that all fell in the minute they began", async () => {
    openLog("fr");
    const [, , sameMinute] = await logLines();
    expect(sameMinute?.textContent).toContain("a consulté (3 fois)");
    expect(sameMinute?.textContent).not.toMatch(/jusqu’à/);
  });

  it("says the count and the range in English too", async () => {
    openLog("en");
    const [repeated] = await logLines();
    const line = within(repeated as HTMLElement);
    expect(repeated?.textContent).toContain("Alex Conseil read the comments (6 times)");
    const last = time(entries[0]?.lastAt ?? "", { timeStyle: "short" }, "en");
    expect(line.getByText(`until ${last}`)).toBeTruthy();
  });
});
