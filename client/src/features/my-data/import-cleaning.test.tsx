import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeMutation } from "../../../../shared/sync/merge";
import { mutationSchema } from "../../../../shared/sync/protocol";
import { db } from "../../db/database";
import { setDeviceOwner } from "../../db/replica-store";
import { jsonResumeFile } from "../../portability/json-resume";
import { renderScreen } from "../../test/render";
import DataScreen from "./data-screen";

const OWNER = "0190f0c8-0000-7000-8000-0000000000ab";

beforeEach(async () => {
  await setDeviceOwner(db, OWNER);
});
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

async function pick(file: File) {
  const input = await screen.findByLabelText("Choisir un fichier");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

describe("importing text the rule refuses", () => {
  it("imports a JSON Resume with a NUL in work[1].position, says what it cleaned, and queues only what the server accepts", async () => {
    renderScreen(<DataScreen />, { path: "/data" });
    await pick(
      jsonResumeFile({
        work: [
          { name: "Café", position: "Serveuse", startDate: "2020" },
          {
            name: "Brasserie\u202e",
            position: "Chef\u0000 de rang",
            highlights: ["Accueil", "Caisse\udc00"],
            startDate: "2021",
          },
        ],
        skills: [{ name: "Service\tà table" }],
      }),
    );

    const preview = await screen.findByRole("region", { name: "Aperçu de l’import" });
    expect(within(preview).getByText("2 expériences")).toBeTruthy();
    expect(within(preview).queryByText(/illisible/)).toBeNull();
    expect(
      within(preview).getByText(
        "4 textes nettoyés : des caractères invisibles ou abîmés ont été retirés",
      ),
    ).toBeTruthy();
    const lines = [...preview.querySelectorAll("details[open] li")].map((li) => li.textContent);
    expect(lines).toEqual([
      "Expérience « Chef de rang » — Titre : 1 caractère retiré (U+0000)",
      "Expérience « Chef de rang » — Organisation : 1 caractère retiré (U+202E)",
      "Expérience « Chef de rang » — Activités, ligne 2 : 1 caractère retiré (U+DC00)",
      "Compétence « Service à table » — Intitulé : 1 retour à la ligne ou tabulation remplacé par une espace",
    ]);

    fireEvent.click(within(preview).getByRole("button", { name: "Importer" }));
    await screen.findByText("Import terminé : 3 fiches ajoutées.");
    const titles = (await db.experience.toArray()).map((record) => record.title).sort();
    expect(titles).toEqual(["Chef de rang", "Serveuse"]);

    // Every queued mutation is one the server's merge applies: nothing left to be refused.
    const queued = await db.outbox.toArray();
    expect(queued).toHaveLength(3);
    for (const entry of queued) {
      const mutation = mutationSchema.parse(entry);
      const outcome = mergeMutation(mutation.table, null, mutation, "server-check", 1);
      expect(outcome.kind).toBe("applied");
    }
  });
});
