import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "../../../shared/ids";
import { experienceDefaults } from "../../../shared/schemas/experience";
import { writeLocal } from "../../../shared/sync/replica";
import { db } from "../db/database";
import { DexieReplicaStore, setDeviceOwner } from "../db/replica-store";
import { renderScreen } from "../test/render";
import { type Conflict, conflictsQueryOptions } from "./conflicts-api";
import ReviewNotice from "./review-notice";

const OWNER = "0190f0c8-0000-7000-8000-0000000000ac";
const store = new DexieReplicaStore(db);

beforeEach(async () => {
  await setDeviceOwner(db, OWNER);
});
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function savedExperience(title: string) {
  const key = uuidv7();
  await store.transaction((tx) =>
    writeLocal(tx, OWNER, "experience", key, "put", { ...experienceDefaults, title }),
  );
  await db.outbox.clear();
  return key;
}

function lostConflict(key: string, losingClientId: string): Conflict {
  return {
    id: uuidv7(),
    table: "experience",
    recordId: key,
    field: "title",
    losingValue: "Serveuse au Café du port",
    winningValue: "Serveuse",
    losingClientId,
    createdAt: "2026-11-29T10:00:00.000Z",
  };
}

describe("the notice of changes to review", () => {
  it("says at once which record and field the server refused and why, with fix and discard", async () => {
    const key = await savedExperience("Vendanges");
    await db.rejections.add({
      id: 4,
      table: "experience",
      key,
      op: "patch",
      baseVersion: 1,
      changes: { title: "x".repeat(100_000) },
      slot: `experience:${key}`,
      code: "invalid_changes",
      message: "title: Too big: expected string to have <=200 characters",
      rejectedAt: "2026-11-29T10:00:00.000Z",
    });
    renderScreen(<ReviewNotice />);

    expect((await screen.findByRole("alert")).textContent).toBe(
      "Le serveur a refusé une modification faite sur cet appareil.",
    );
    expect(
      await screen.findByText(
        "Expérience « Vendanges », Titre : la valeur n’est pas acceptée (trop longue, ou d’un format inattendu).",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Corriger Vendanges" }).getAttribute("href")).toBe(
      `/experiences/${key}/edit?fix=1`,
    );

    fireEvent.click(screen.getByRole("button", { name: "Abandonner Vendanges" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(await db.rejections.count()).toBe(0);
  });

  it("says when this device's value lost a conflict, and re-applies it on request", async () => {
    const key = await savedExperience("Serveuse");
    const conflict = lostConflict(key, await store.clientId());
    const server = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
    vi.stubGlobal("fetch", server);
    const { queryClient } = renderScreen(<ReviewNotice />, { locale: "en" });
    queryClient.setQueryData(conflictsQueryOptions.queryKey, [conflict]);

    expect((await screen.findByRole("alert")).textContent).toBe(
      "Your change was replaced by another device’s.",
    );
    expect(
      await screen.findByText(
        "Experience “Serveuse”, Title: “Serveuse au Café du port” (this device) was replaced by “Serveuse” (another device).",
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Use my value" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
    expect(server).toHaveBeenCalled();
    expect(String(server.mock.calls[0]?.[0])).toMatch(`/api/conflicts/${conflict.id}/resolve`);
    expect((await db.experience.get(key))?.title).toBe("Serveuse au Café du port");
    expect((await db.outbox.toArray()).map((mutation) => mutation.changes)).toEqual([
      { title: "Serveuse au Café du port" },
    ]);
  });

  it("stays silent about a conflict another device lost", async () => {
    const key = await savedExperience("Serveuse");
    const { queryClient } = renderScreen(
      <>
        <p>écran</p>
        <ReviewNotice />
      </>,
    );
    queryClient.setQueryData(conflictsQueryOptions.queryKey, [lostConflict(key, uuidv7())]);
    await screen.findByText("écran");
    // The device's id is read from IndexedDB: wait until the notice could have shown it.
    await store.clientId();
    await waitFor(() => expect(db.meta.get("sync.clientId")).resolves.toBeTruthy());
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
