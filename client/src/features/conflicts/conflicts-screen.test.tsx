import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { experienceDefaults } from "../../../../shared/schemas/experience";
import { db } from "../../db/database";
import { saveRecord } from "../../db/portfolio";
import { DexieReplicaStore, setDeviceOwner } from "../../db/replica-store";
import { jsonResponse, renderScreen } from "../../test/render";
import ConflictsScreen from "./conflicts-screen";

beforeEach(async () => {
  await setDeviceOwner(db, uuidv7());
});
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

function conflict(recordId: string, losingClientId: string, losingValue: string) {
  return {
    id: uuidv7(),
    table: "experience",
    recordId,
    field: "location",
    losingValue,
    winningValue: "Reims",
    losingClientId,
    createdAt: "2026-11-29T10:05:00.000Z",
  };
}

describe("the conflicts page", () => {
  it("says which device made each value, and when they met", async () => {
    const thisDevice = await new DexieReplicaStore(db).clientId();
    const key = await saveRecord("experience", null, {
      ...experienceDefaults,
      title: "Vendanges",
      location: "Reims",
    });
    const list = [conflict(key, thisDevice, "Épernay"), conflict(key, uuidv7(), "Metz")];
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>(async () => jsonResponse(200, { conflicts: list })),
    );
    renderScreen(<ConflictsScreen />);

    // Each item reads its record and the device's id from IndexedDB: wait for both items to have.
    await waitFor(() =>
      expect(screen.getAllByRole("listitem", { name: /Vendanges/ })).toHaveLength(2),
    );
    await screen.findByText(/^cet appareil/);
    const [mine, theirs] = screen.getAllByRole("listitem", { name: /Vendanges/ });
    expect(mine?.textContent).toMatch(/Votre autre valeurÉpernaycet appareil, le 29 nov\. 2026/);
    expect(mine?.textContent).toMatch(/Valeur gardéeReimsun autre appareil/);
    expect(theirs?.textContent).toMatch(
      /Votre autre valeurMetzun autre appareil, le 29 nov\. 2026/,
    );
  });

  it("calls this device a phone when it is held in the hand (a touch screen)", async () => {
    vi.stubGlobal(
      "matchMedia",
      vi.fn((query: string) => ({ matches: query === "(pointer: coarse)", media: query })),
    );
    const thisDevice = await new DexieReplicaStore(db).clientId();
    const key = await saveRecord("experience", null, {
      ...experienceDefaults,
      title: "Vendanges",
      location: "Reims",
    });
    vi.stubGlobal(
      "fetch",
      vi.fn<typeof fetch>(async () =>
        jsonResponse(200, { conflicts: [conflict(key, thisDevice, "Épernay")] }),
      ),
    );
    renderScreen(<ConflictsScreen />);
    await screen.findByText(/^ce téléphone, le 29 nov\. 2026/);
  });
});
