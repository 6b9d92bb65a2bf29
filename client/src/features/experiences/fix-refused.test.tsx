import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { experienceDefaults } from "../../../../shared/schemas/experience";
import { db } from "../../db/database";
import { saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { renderScreen } from "../../test/render";
import ExperiencesScreen from "./experiences-screen";

const refusedTitle = "V".repeat(250);
const dated = { ...experienceDefaults, startDate: "2021", endDate: "2022" };

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
});

async function refusedChange(key: string, op: "put" | "patch", changes: Record<string, unknown>) {
  await db.rejections.add({
    id: 7,
    table: "experience",
    key,
    op,
    baseVersion: 0,
    changes,
    slot: `experience:${key}`,
    code: "invalid_changes",
    message: "title: Too big: expected string to have <=200 characters",
    rejectedAt: "2026-11-29T10:00:00.000Z",
  });
}

describe("fixing a change the server refused", () => {
  it("opens the record's form with the refused value, and saving the corrected one settles it", async () => {
    const key = await saveRecord("experience", null, { ...dated, title: "Vendanges" });
    await db.outbox.clear();
    await refusedChange(key, "patch", { title: refusedTitle });
    renderScreen(<ExperiencesScreen />, { path: `/${key}/edit?fix=1` });

    const title = await screen.findByDisplayValue(refusedTitle);
    fireEvent.change(title, { target: { value: "Vendanges tardives" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));

    await waitFor(async () => expect(await db.rejections.count()).toBe(0));
    expect((await db.experience.get(key))?.title).toBe("Vendanges tardives");
    expect((await db.outbox.toArray()).map((mutation) => mutation.changes)).toEqual([
      { title: "Vendanges tardives" },
    ]);
  });

  it("brings back a refused new record, which saving creates again", async () => {
    const key = uuidv7();
    await refusedChange(key, "put", { ...dated, title: refusedTitle });
    renderScreen(<ExperiencesScreen />, { path: `/${key}/edit?fix=1` });

    fireEvent.change(await screen.findByDisplayValue(refusedTitle), {
      target: { value: "Stage en mairie" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));

    await waitFor(async () => expect(await db.rejections.count()).toBe(0));
    expect((await db.experience.get(key))?.title).toBe("Stage en mairie");
    expect((await db.outbox.toArray()).map((mutation) => mutation.op)).toEqual(["put"]);
  });
});
