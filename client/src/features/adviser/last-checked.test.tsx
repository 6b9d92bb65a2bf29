import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Route } from "wouter";
import { jsonResponse, renderScreen } from "../../test/render";
import { sharedPortfolioQueryOptions } from "./adviser-api";
import SharedPortfolioScreen from "./shared-portfolio-screen";
import { SHARE_ID, sharedPortfolio } from "./testing/shared-portfolio";

const readAt = Date.parse("2026-03-02T09:00:00Z");
let online = true;

/** The adviser's server while `online`; a dropped connection otherwise. */
function adviserServer() {
  vi.stubGlobal(
    "fetch",
    vi.fn<typeof globalThis.fetch>(async (input) => {
      if (!online) throw new TypeError("Failed to fetch");
      const path = new URL(String(input)).pathname;
      if (path.endsWith("/portfolio")) return jsonResponse(200, sharedPortfolio());
      return jsonResponse(200, { comments: [] });
    }),
  );
}

afterEach(() => {
  vi.useRealTimers();
  online = true;
});

/** Reads the portfolio online, then `minutesLater` the connection is gone and it is asked again. */
async function readThenLoseConnection(locale: "fr" | "en", minutesLater: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(readAt);
  adviserServer();
  const { queryClient } = renderScreen(
    <Route path="/:shareId" component={SharedPortfolioScreen} />,
    { path: `/${SHARE_ID}`, locale },
  );
  await screen.findByRole("heading", { level: 1, name: "Camille Dupont" });
  online = false;
  vi.setSystemTime(readAt + minutesLater * 60_000 + 10_000);
  await queryClient
    .fetchQuery({ ...sharedPortfolioQueryOptions(SHARE_ID), retry: false })
    .catch(() => undefined);
}

describe("a shared portfolio shown from the device's copy", () => {
  it("says in French when the server last confirmed it", async () => {
    await readThenLoseConnection("fr", 5);
    expect((await screen.findByTestId("last-checked")).textContent).toBe("Vérifié il y a 5 min");
    expect(screen.getByRole("heading", { level: 1, name: "Camille Dupont" })).toBeTruthy();
  });

  it("says it in English, in hours past the first hour", async () => {
    await readThenLoseConnection("en", 125);
    expect((await screen.findByTestId("last-checked")).textContent).toBe(
      "Last checked 2 hours ago",
    );
  });

  it("says nothing of the kind while the server answers", async () => {
    adviserServer();
    renderScreen(<Route path="/:shareId" component={SharedPortfolioScreen} />, {
      path: `/${SHARE_ID}`,
    });
    await screen.findByRole("heading", { level: 1, name: "Camille Dupont" });
    expect(screen.queryByTestId("last-checked")).toBeNull();
  });
});
