import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../db/database";
import { setDeviceOwner } from "../../db/replica-store";
import { seedPortfolio } from "../../portability/fixtures/seed";
import { jsonResumeFile } from "../../portability/json-resume";
import { jsonResponse, renderScreen } from "../../test/render";
import DataScreen from "./data-screen";

const OWNER = "0190f0c8-0000-7000-8000-0000000000aa";

beforeEach(async () => {
  await setDeviceOwner(db, OWNER);
});
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

const zipEntries = async (file: File) => unzipSync(new Uint8Array(await file.arrayBuffer()));

async function pick(file: File) {
  const input = await screen.findByLabelText("Choisir un fichier");
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

const resume = () =>
  jsonResumeFile({
    basics: { name: "Zofia Wąsik", label: "Kelnerka" },
    work: [
      { name: "Café Łódź", position: "Kelnerka", startDate: "2020-05" },
      { name: "Bar", position: "<b>Barmanka</b>", startDate: "2019" },
      { name: 42 },
    ],
    skills: [{ name: "Obsługa klienta" }, { name: "Écoute" }],
  });

describe("the my-data screen", () => {
  it("previews an import, writes nothing until confirmed, then adds it and says so", async () => {
    await seedPortfolio(db, OWNER);
    const outbox = await db.outbox.count();
    renderScreen(<DataScreen />, { path: "/data" });
    await pick(resume());

    const preview = await screen.findByRole("region", { name: "Aperçu de l’import" });
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Aperçu de l’import"));
    expect(within(preview).getByText("resume.json (JSON Resume)")).toBeTruthy();
    expect(within(preview).getByText("2 expériences")).toBeTruthy();
    expect(within(preview).getByText("1 compétence")).toBeTruthy();
    expect(within(preview).getByText("1 élément déjà présent, non ajouté")).toBeTruthy();
    expect(within(preview).getByText("Compétence : Écoute")).toBeTruthy();
    expect(within(preview).getByText("1 élément illisible, non ajouté")).toBeTruthy();
    expect(
      within(preview).getByText("work #3 — une donnée manque ou n’est pas valable"),
    ).toBeTruthy();
    // A hostile title stays text.
    expect(preview.querySelector("b")).toBeNull();
    expect(await db.outbox.count()).toBe(outbox);

    fireEvent.click(within(preview).getByRole("button", { name: "Importer" }));
    const status = await screen.findByText("Import terminé : 3 fiches ajoutées.");
    expect(status.closest("[role=status]")).toBeTruthy();
    expect(await db.experience.count()).toBe(6);
    expect(await db.outbox.count()).toBe(outbox + 3);
    expect(screen.getByLabelText("Importer un autre fichier")).toBeTruthy();
  });

  it("cancelling adds nothing", async () => {
    renderScreen(<DataScreen />, { path: "/data" });
    await pick(resume());
    fireEvent.click(await screen.findByRole("button", { name: "Annuler" }));
    expect(await screen.findByText("Import annulé : rien n’a été ajouté.")).toBeTruthy();
    expect(await db.experience.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it("says why a file is refused, in English too", async () => {
    renderScreen(<DataScreen />, { path: "/data", locale: "en" });
    const input = await screen.findByLabelText("Choose a file");
    Object.defineProperty(input, "files", {
      value: [new File(["%PDF-1.4"], "export.zip")],
      configurable: true,
    });
    fireEvent.change(input);
    expect((await screen.findByRole("alert")).textContent).toBe(
      "This file is not a real .zip file.",
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it("downloads all my data as a zip", async () => {
    await seedPortfolio(db, OWNER);
    const created: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:skillfolio";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderScreen(<DataScreen />, { path: "/data" });

    // Offline: the server's copy of the account cannot be had; the rest is exported, and it says so.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Télécharger toutes mes données" }));
    expect(await screen.findByText(/^skillfolio-\d{4}-\d{2}-\d{2}\.zip est prêt/)).toBeTruthy();
    expect(screen.getByText(/^Sans connexion, l’export ne contient pas vos partages/)).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    expect(created[0]).toBeInstanceOf(File);
    expect((created[0] as File).name).toMatch(/\.zip$/);
    expect(Object.keys(await zipEntries(created[0] as File))).not.toContain("account.json");

    // Online: the zip also holds what the server keeps of the account, as it came.
    const account = { user: { email: "zofia@example.pl" }, shares: [{ id: "s1" }], accessLog: [] };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => jsonResponse(200, account)),
    );
    fireEvent.click(screen.getByRole("button", { name: "Télécharger toutes mes données" }));
    await waitFor(() => expect(created).toHaveLength(2));
    const entries = await zipEntries(created[1] as File);
    expect(JSON.parse(strFromU8(entries["account.json"] ?? new Uint8Array()))).toEqual(account);
    expect(strFromU8(entries["README.txt"] ?? new Uint8Array())).toContain("shares with advisers");
    await waitFor(() => expect(screen.queryByText(/^Sans connexion/)).toBeNull());
  });

  it("shares the file from a phone that can share files", async () => {
    const share = vi.fn(async () => {});
    vi.stubGlobal("matchMedia", () => ({ matches: true }));
    Object.assign(navigator, { canShare: () => true, share });
    try {
      renderScreen(<DataScreen />, { path: "/data" });
      fireEvent.click(await screen.findByRole("button", { name: "Exporter en JSON Resume" }));
      expect(await screen.findByText(/^resume\.json est prêt/)).toBeTruthy();
      expect(share).toHaveBeenCalledWith(expect.objectContaining({ files: [expect.any(File)] }));
    } finally {
      Object.assign(navigator, { canShare: undefined, share: undefined });
    }
  });
});
