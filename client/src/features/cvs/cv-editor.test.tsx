import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { uuidv7 } from "../../../../shared/ids";
import { competencyDefaults } from "../../../../shared/schemas/competency";
import { type Cv, cvSchema } from "../../../../shared/schemas/cv";
import { type ExperienceFields, experienceDefaults } from "../../../../shared/schemas/experience";
import { db } from "../../db/database";
import { readRecords, saveRecord } from "../../db/portfolio";
import { setDeviceOwner } from "../../db/replica-store";
import { camille } from "../../test/people";
import { jsonResponse, renderScreen } from "../../test/render";
import CvsScreen from "./cvs-screen";
import { TYPING_PAUSE_MS } from "./use-cv-saver";

beforeEach(async () => {
  await db.delete();
  await db.open();
  await setDeviceOwner(db, uuidv7());
  // The signed-in account, whose name heads a CV until the profile has one.
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => jsonResponse(200, { user: camille })),
  );
});

const experience = (title: string, startDate: string): ExperienceFields => ({
  ...experienceDefaults,
  title,
  organisation: "Boulangerie Łukasz",
  startDate,
  endDate: `${startDate.slice(0, 4)}-12`,
});

/** Three experiences (2019, 2021, 2023) and a competency, on the device. */
async function aPortfolio() {
  const ids = {
    vendanges: await saveRecord("experience", null, experience("Vendangeur", "2019-09")),
    caisse: await saveRecord("experience", null, experience("Hôte de caisse", "2021-03")),
    cariste: await saveRecord("experience", null, experience("Cariste", "2023-01")),
    accueil: await saveRecord("competency", null, {
      ...competencyDefaults,
      label: "Accueillir le public",
      level: 3,
    }),
  };
  return ids;
}

const storedCvs = async (): Promise<Cv[]> => (await readRecords("cv", cvSchema)).records;
const outbox = () => db.table("outbox").count();
const preview = () => screen.getByRole("article", { name: "Aperçu" });
const previewText = () => preview().textContent ?? "";

async function openNewCv() {
  const rendered = renderScreen(<CvsScreen />, { path: "/" });
  fireEvent.click(await screen.findByRole("button", { name: "Créer un CV" }));
  await screen.findByRole("group", { name: "Expériences du CV" });
  const [cv] = await storedCvs();
  if (!cv) throw new Error("no CV was made");
  return { ...rendered, cv };
}

describe("the CV builder", () => {
  it("starts a CV with everything, latest experience first, and opens it", async () => {
    const ids = await aPortfolio();
    const before = await outbox();
    const { cv, location } = await openNewCv();
    expect(cv.experienceIds).toEqual([ids.cariste, ids.caisse, ids.vendanges]);
    expect(cv.competencyIds).toEqual([ids.accueil]);
    expect(cv.language).toBe("fr");
    expect(cv.template).toBe("classic");
    expect(location.history?.at(-1)).toBe(`/${cv.id}`);
    expect(await outbox()).toBe(before + 1);
    expect(screen.getByText("3 sur 3 dans le CV")).toBeTruthy();
    expect(previewText()).toMatch(/Cariste.*Hôte de caisse.*Vendangeur/);
    // No profile yet: the account's name heads the CV, not the CV's title.
    expect(
      await within(preview()).findByRole("heading", { level: 2, name: "Camille" }),
    ).toBeTruthy();
  });

  it("keeps two quick moves and a removal, in the stored CV and the preview", async () => {
    const ids = await aPortfolio();
    await openNewCv();
    // Twice, before the device's copy can come back: the second move builds on the first.
    fireEvent.click(screen.getByRole("button", { name: "Monter « Vendangeur »" }));
    fireEvent.click(screen.getByRole("button", { name: "Monter « Vendangeur »" }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Hôte de caisse/ }));

    await waitFor(async () => {
      const [cv] = await storedCvs();
      expect(cv?.experienceIds).toEqual([ids.vendanges, ids.cariste]);
    });
    expect(screen.getByText("2 sur 3 dans le CV")).toBeTruthy();
    expect(previewText()).toMatch(/Vendangeur.*Cariste/);
    expect(previewText()).not.toContain("Hôte de caisse");
    expect(screen.getByText("« Vendangeur » est maintenant en position 1.")).toBeTruthy();
    const first = screen.getByRole("button", { name: "Monter « Vendangeur »" });
    expect((first as HTMLButtonElement).disabled).toBe(true);
  });

  it("saves typed text once the typing pauses, shows it in the preview at once, and refuses an empty name", async () => {
    await aPortfolio();
    const { cv } = await openNewCv();
    const before = await outbox();
    const headline = screen.getByRole("textbox", { name: "Titre du CV" });
    for (const text of ["Ca", "Caris", "Cariste qualifié"]) {
      fireEvent.change(headline, { target: { value: text } });
    }
    expect(within(preview()).getByText("Cariste qualifié")).toBeTruthy();
    expect((await storedCvs())[0]?.headline).toBeNull();

    await waitFor(async () => expect((await storedCvs())[0]?.headline).toBe("Cariste qualifié"));
    // One write for the whole phrase, not one per keystroke.
    expect(await outbox()).toBe(before + 1);

    const title = screen.getByRole("textbox", { name: "Nom du CV" });
    fireEvent.change(title, { target: { value: "   " } });
    expect(screen.getByText("Donnez un nom à ce CV.")).toBeTruthy();
    expect(title.getAttribute("aria-invalid")).toBe("true");
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS + 100));
    expect((await storedCvs())[0]?.title).toBe(cv.title);
  });

  it("keeps a name with a pasted NUL or a summary with a lone surrogate off the device, saying why next to the field", async () => {
    await aPortfolio();
    const { cv } = await openNewCv();
    const before = await outbox();
    const title = screen.getByRole("textbox", { name: "Nom du CV" });
    fireEvent.change(title, { target: { value: "Cariste\u0000" } });
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/caractère de contrôle invisible \(U\+0000\)/)).toBeTruthy();
    const summary = screen.getByRole("textbox", { name: "Présentation" });
    fireEvent.change(summary, { target: { value: "Fiable\ud800" } });
    expect(summary.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/caractère incomplet \(U\+D800\)/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS + 100));
    expect((await storedCvs())[0]).toMatchObject({ title: cv.title, summary: null });
    expect(await outbox()).toBe(before);
  });

  it("writes what is still waiting when the person leaves the editor", async () => {
    await aPortfolio();
    const { location } = await openNewCv();
    fireEvent.change(screen.getByRole("textbox", { name: "Présentation" }), {
      target: { value: "Dix ans en logistique, permis CACES 1, 3 et 5." },
    });
    fireEvent.click(screen.getAllByRole("link", { name: "Mes CV" })[0] as HTMLElement);
    await screen.findByRole("button", { name: "Créer un CV" });
    expect(location.history?.at(-1)).toBe("/");
    await waitFor(async () =>
      expect((await storedCvs())[0]?.summary).toBe(
        "Dix ans en logistique, permis CACES 1, 3 et 5.",
      ),
    );
  });

  it("changes template and language at once, and the preview follows", async () => {
    await aPortfolio();
    await openNewCv();
    fireEvent.click(screen.getByRole("radio", { name: /Deux colonnes/ }));
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    await waitFor(async () => {
      const [cv] = await storedCvs();
      expect(cv).toMatchObject({ template: "two-column", language: "en" });
    });
    expect(preview().className).toContain("cv-preview-two-column");
    expect(preview().getAttribute("lang")).toBe("en");
    expect(within(preview()).getByRole("heading", { name: "Experience" })).toBeTruthy();
  });

  it("duplicates, then deletes with an undo that brings the CV back", async () => {
    await aPortfolio();
    const { cv } = await openNewCv();
    fireEvent.click(screen.getByRole("button", { name: "Dupliquer" }));
    await screen.findByRole("heading", { level: 1, name: `${cv.title} (copie)` });
    expect(await storedCvs()).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "Supprimer ce CV" }));
    await screen.findByRole("button", { name: "Créer un CV" });
    await waitFor(async () => expect(await storedCvs()).toHaveLength(1));
    fireEvent.click(await screen.findByRole("button", { name: "Annuler" }));
    await waitFor(async () => expect(await storedCvs()).toHaveLength(2));
  });

  it("exports the CV as a JSON Resume in the CV's order", async () => {
    const ids = await aPortfolio();
    await openNewCv();
    fireEvent.click(screen.getByRole("checkbox", { name: /Cariste/ }));
    await waitFor(async () =>
      expect((await storedCvs())[0]?.experienceIds).toEqual([ids.caisse, ids.vendanges]),
    );
    let delivered: Blob | null = null;
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      delivered = blob as Blob;
      return "blob:cv";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "Exporter en JSON Resume" }));
    await screen.findByText(/^Fichier prêt : .+\.json$/);
    expect(delivered).toBeInstanceOf(File);
    const file = delivered as unknown as File;
    expect(file.name).toMatch(/\.json$/);
    const resume = JSON.parse(await file.text()) as { work: { position: string }[] };
    expect(resume.work.map((item) => item.position)).toEqual(["Hôte de caisse", "Vendangeur"]);
  });

  it("says so when the CV asked for does not exist", async () => {
    renderScreen(<CvsScreen />, { path: `/${uuidv7()}` });
    expect(
      await screen.findByRole("heading", { name: "Ce CV n’existe pas ou a été supprimé." }),
    ).toBeTruthy();
  });
});
